"""holdout168, part F. Invented documents, sites and chrome; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="community-lvyuan-minutes-bamboo-rice-stalls",
        site="葭口社区服务网 (invented)",
        style="社区网站",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.jiakou-sq.cn/jmys/2024/0523/93.html",
        title="葭口社区居民议事会关于规范竹筒饭摊点的会议纪要",
        record_title="葭口社区居民议事会关于规范竹筒饭摊点的会议纪要_居民议事_葭口社区服务网",
        date="2024-05-22",
        notes="residents' site; minutes lines and vote count kept; 成文 date is the meeting date",
        page="""
!m 葭口社区服务网　　您身边的社区之家
!m 社区首页 ＞ 居民议事 ＞ 详情
{T}
!m 来源：社区居委会　　时间：2024-05-23　　浏览：96次
{BODY}
!l 上一条：关于小区电动车集中充电棚建设的意见征集
!l 下一条：社区夏季纳凉晚会节目征集
!m 社区服务电话：0772-5526118（工作日）
""",
        date_also=["2024-05-23"],
        body="""
时间：2024年5月22日晚7:30
地点：葭口社区党群服务中心二楼
主持：社区居委会主任 韦春兰
参加：居民代表17人，摊主代表4人，市场监管所、城管中队各1人
记录：覃小雨
会议讨论了社区东门竹筒饭摊点占道经营和油烟扰民问题。经表决，同意17票，反对0票，弃权4票，通过以下事项：
一、摊点统一迁入社区便民疏导点，每天17:00至22:00经营。
二、摊主自费加装油烟净化器，社区协调电源。
三、由居民代表和网格员每周巡查一次，巡查情况在居民群公布。
""",
    ),
    dict(
        slug="assoc-fishskin-minutes-council",
        site="北疆民族手工艺协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="https://www.bjmzsgy.org.cn/xhdt/2024/0118/301.html",
        title="北疆民族手工艺协会鱼皮艺术专业委员会2024年第一次会议纪要",
        record_title="【会议纪要】北疆民族手工艺协会鱼皮艺术专业委员会2024年第一次会议纪要",
        date="2024-01-16",
        date_also=["2024-01-18"],
        notes="association site; minutes lines; decimal headings; join link between paragraphs",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【会议纪要】北疆民族手工艺协会鱼皮艺术专业委员会2024年第一次会议纪要</title></head><body>
<div class="top">⟦m 北疆民族手工艺协会⟧ ⟦m 传承　创新　共享⟧</div>
<div class="menu">⟦m 首页 | 协会简介 | 协会动态 | 专委会 | 会员之家 | 联系我们⟧</div>
<div class="pos">⟦m 位置：首页 &gt; 协会动态⟧</div>
<div class="con"><h1>{T}</h1><div class="sub">⟦m 2024-01-18　秘书处⟧</div>
{BODY}
</div>
<div class="side">⟦a 会员登录⟧ ⟦l 最新动态：鱼皮画精品展征稿启事⟧</div>
<div class="ft">⟦m 协会秘书处电话：0451-8733210⟧ ⟦d 版权所有 北疆民族手工艺协会⟧</div>
</body></html>
""",
        body="""
时间：2024年1月16日
地点：协会会议室
主持：专委会主任 尤凤霞
出席：专委会委员9人
1 会议事项
1.1 审议通过了专委会2024年工作计划。
1.2 讨论了鱼皮原料质量分级标准（征求意见稿），会议同意提交协会理事会审议。
⟦a 申请加入专委会，请点此填写入会表⟧
2 工作安排
2.1 6月举办鱼皮画精品展，由秘书处负责征稿。
2.2 下半年组织委员赴各传习点调研，形成调研报告。
""",
    ),
    dict(
        slug="corp-yefeng-news-coconut-export",
        site="椰风工艺品有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.yefengcraft.com/news/show-96.html",
        title="椰风工艺椰雕茶具首次出口东南亚",
        record_title="椰风工艺椰雕茶具首次出口东南亚_公司动态_椰风工艺品有限公司",
        date="2024-11-08",
        notes="company text page; online-service prompt between paragraphs; photo caption; 发布时间 as page date",
        page="""
!m 椰风工艺品有限公司　　海岛手作　匠心传承
!m 首页 | 关于椰风 | 产品展示 | 公司动态 | 联系我们
!m 公司动态
{T}
!m 发布时间：2024-11-08　　浏览次数：174
{BODY}
!l 上一条：公司参加第九届海岛文旅博览会
!l 下一条：椰雕工坊开展安全生产月活动
!m 销售热线：0898-6621888　　传真：0898-6621889
!d Copyright © 椰风工艺品有限公司 All Rights Reserved
""",
        body="""
11月6日，一批共计3200套椰雕茶具从港口装箱启运，发往东南亚市场，这是公司椰雕产品首次批量出口。
这批茶具由公司工坊二十多名手艺人历时两个月完成，每套包括茶壶一只、茶杯四只，全部采用老熟椰壳手工雕刻。
⟦w 想定制椰雕礼品？在线客服为您服务⟧
⟦m 图为工人正在包装出口的椰雕茶具⟧
公司负责人表示，将继续开拓海外市场，力争明年出口额突破500万元。
""",
    ),
    dict(
        slug="training-ranqi-course-meter-installer",
        site="安达燃气职业培训中心 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="notice",
        form="html",
        source="https://www.anda-rqpx.com/course/detail/31.html",
        title="燃气表安装维修工（初级）培训班招生简章",
        record_title="燃气表安装维修工（初级）培训班招生简章（名额有限）",
        date="2024-02-20",
        notes="training school with promo and float boxes; school's 报名电话 beside a 400 line; course table; date at the end",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>燃气表安装维修工（初级）培训班招生简章（名额有限）</title>
<script src="/js/kefu.js"></script></head><body>
<div class="hd">⟦m 安达燃气职业培训中心⟧ ⟦m 全国免费咨询：400-663-2170⟧</div>
<div class="nav">⟦m 首页 · 培训项目 · 师资力量 · 学员风采 · 在线报名⟧</div>
<div class="promo">⟦a 🔥 开春特惠：两人同报各减300元 🔥⟧</div>
<div class="course"><h1>{T}</h1>
{BODY}
</div>
<div class="float">⟦w 在线咨询⟧ ⟦w 微信报名⟧ ⟦a 回到顶部⟧</div>
<div class="ft">⟦d 本中心保留对课程安排的调整权⟧ ⟦m 苘ICP备22001573号⟧</div>
</body></html>
""",
        body="""
一、培训对象：年满18周岁，初中以上文化程度，身体健康，有意从事燃气表具安装维修工作的人员。
二、培训内容：
模块　内容　学时
理论　燃气基础知识、安全规范　24
实操　燃气表安装、气密性检测　40
考核　理论考试、实操考核　8
三、培训费用：2600元，含教材、工具和考核费。考核合格者颁发职业技能等级证书。
四、报名电话：0535-8277013（何老师）。
安达燃气职业培训中心
2024年2月20日
""",
    ),
    dict(
        slug="app-xiezuo-report-coconut-debrief",
        site="写作猫APP (invented)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://m.xiezuomao.com/s/r8KpX2",
        title="椰雕非遗工坊负责人2024年述职报告",
        record_title="椰雕非遗工坊负责人2024年述职报告（可直接使用）",
        date="2024-12-20",
        notes="writing-app share, hard-wrapped at 58 columns with markers of our own, glued or not; Chinese-numeral date",
        page="""
!a 打开写作猫APP，查看完整范文
!t 椰雕非遗工坊负责人2024年述职报告（可直接使用）
!m 写作猫 · 精选范文　　| 2.3万次使用
{BODY}
!a 喜欢这篇范文？一键生成同类文章
!a 复制　｜　导出Word　｜　收藏
""",
        wrap=58,
        indent="\u3000\u3000",
        pages=dict(fmt="▏{n}▕", every=120, start=2, glue="mix"),
        body="""
2024年，我担任蓼原镇椰雕非遗工坊负责人，在镇党委、镇政府的领导下，带领工坊全体人员围绕技艺传承和增收致富开展工作，现将履职情况报告如下。
一、抓传承。全年开办培训班4期，培训学员83人，其中12人已能独立完成中型作品。
二、抓销售。与三家景区和一家电商平台建立合作，全年销售收入突破210万元，同比增长13%。
三、抓安全。建立打磨车间除尘和用电检查制度，全年未发生安全事故。
不足之处是设计创新不够，产品同质化明显。明年将邀请高校设计团队驻点合作。
述职人：吉振海
二〇二四年十二月二十日
""",
    ),
    dict(
        slug="gkforum-interview-purslane-question",
        site="公考驿站论坛 (invented)",
        style="公考论坛",
        genre="面试真题",
        kind="other",
        form="html",
        source="https://bbs.gkyizhan.com/thread-90032-1-1.html",
        title="村里种马齿苋销路不畅，你作为驻村干部怎么办？",
        record_title="[面试真题] 村里种马齿苋销路不畅，你作为驻村干部怎么办？ - 面试交流 - 公考驿站论坛",
        date=None,
        notes="exam forum; reference answer; reply-to-view and sign-in chrome; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>[面试真题] 村里种马齿苋销路不畅，你作为驻村干部怎么办？ - 面试交流 - 公考驿站论坛</title></head><body>
<div id="hd">⟦m 公考驿站论坛⟧ ⟦a 每日签到⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div id="pt">⟦m 公考驿站 › 面试交流 › 真题解析⟧</div>
<div class="pl"><h1>{T}</h1><div class="au">⟦m 楼主：面试小白兔　发表于 3 天前　只看楼主⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖隐藏内容需回复后可见⟧</div>
<div class="sign">⟦w 面试一对一辅导，私信我⟧</div></div>
<div class="relate">⟦l 相关帖子：驻村干部如何推动特色产业 · 农产品滞销怎么办⟧</div>
<div id="ft">⟦m Powered by Discuz!⟧</div>
</body></html>
""",
        body="""
参考答案：
第一，摸清情况。我会先到田间地头和种植户座谈，了解种植面积、产量、品质和以往的销售渠道，找准销路不畅的原因。
第二，多方对接。联系县城的商超、学校食堂和餐饮企业，组织产销对接会；同时协调电商服务站开展直播销售。
第三，延长链条。争取项目资金建设烘干设备，把鲜品加工成干品和预制菜，解决集中上市时的积压问题。
第四，长远谋划。推动成立合作社，统一品牌和标准，让小野菜真正成为村民增收的大产业。
""",
    ),
    dict(
        slug="baike-wenda-entry-bamboo-rice",
        site="百知问答百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.baizhi-wd.com/wiki/竹筒饭",
        title="竹筒饭",
        record_title="竹筒饭 - 百知问答百科",
        date=None,
        notes="encyclopaedia text page with contents and edit chrome; placeholder year 19××; no date",
        page="""
!m 百知问答百科
!a 编辑词条　　 添加义项　　 收藏
{T}
!m （南方少数民族传统食品）
!l 目录　1.制作方法　2.饮食文化
{BODY}
!l 词条标签：传统美食, 少数民族, 竹制品
!m 浏览次数：31,205　　最近编辑：竹林深处　　编辑次数：14
!d 百科内容由网友共同编辑，如有错误请点击纠错。
""",
        body="""
竹筒饭是我国南方多个少数民族的传统食品，以新鲜竹筒为容器，装入糯米等原料后在火上烤熟而成。
制作时选取鲜嫩竹子截成一端带节的竹筒，装入浸泡过的糯米和适量清水，可加入腊肉、红豆、花生等配料，用竹叶或芭蕉叶封口，置于炭火上慢烤。
竹筒饭米香中带有竹子清香，便于携带，旧时常作为上山劳作和远行的干粮。19××年前后，竹筒饭开始作为地方风味小吃进入城镇市场。
""",
    ),
    dict(
        slug="pan-feiyun-plan-fishskin-camp",
        site="飞云盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.feiyunpan.com/share/9e2b7Tq",
        title="2024年青少年鱼皮画研学营活动方案",
        record_title="2024年青少年鱼皮画研学营活动方案.docx",
        date="2024-06-03",
        notes="cloud-drive preview; file-name title; share stamp no date; numbered plan; 成文日期 at the end",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>2024年青少年鱼皮画研学营活动方案.docx - 飞云盘</title>
<script src="https://www.feiyunpan.com/static/preview.js"></script></head><body>
<div class="bar">⟦m 飞云盘⟧ ⟦a 登录⟧ ⟦a 下载客户端⟧</div>
<div class="file">⟦t 2024年青少年鱼皮画研学营活动方案.docx⟧ ⟦m 28.6KB　分享于 2024-06-10 08:12　过期时间：30天后⟧</div>
<div class="act">⟦a 保存到网盘⟧ ⟦a 下载（需登录）⟧ ⟦a 举报⟧</div>
<div class="preview">
{BODY}
</div>
<div class="tip">⟦a 文档预览仅供参考，完整内容请下载查看⟧</div>
<div class="ft">⟦d 飞云盘严禁传播违法违规内容⟧</div>
</body></html>
""",
        body="""
一、活动目的：让青少年了解赫哲族渔猎文化，动手体验鱼皮画制作。
二、活动时间：2024年7月15日至7月19日，共5天。
三、活动对象：全县10至15岁中小学生，限40人。
四、活动安排：
1.第一天：参观民族博物馆，听传承人讲鱼皮的故事。
2.第二至四天：学习鱼皮处理、剪样和拼贴。
3.第五天：作品展示和结营仪式。
五、安全保障：每10名学生配备1名带队教师，全程购买意外保险。
荇溪县文化馆
2024年6月3日
""",
    ),
    dict(
        slug="snapshot-kuaizhao-news-gasmeter-theft",
        site="快照搜 (invented cache)",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="text",
        source="http://kz.kuaizhaosou.com/cache?u=news.qiaoyang.cn/2024/0305/6612",
        title="男子私改燃气表偷气被查处",
        record_title="男子私改燃气表偷气被查处_快照",
        date="2024-03-05",
        notes="text-only cache; cache stamp no date; original news byline time is the page date; editor line glued",
        page="""
!d 您查看的是快照搜于 2024-03-21 04:15 保存的快照，原网页可能已经更新。
!a 查看原网页　　 仅看文字
!m 苘阳新闻网 > 社会 > 法治
{T}
!m 2024年03月05日 10:26　　苘阳新闻网
{BODY}
!m 苘阳新闻网版权所有
""",
        body="""
近日，苘阳市燃气公司稽查人员在例行检查中发现，城南某小区一户居民的燃气表计数器被人为改动，表具读数明显低于实际用气量。
经调查，该户居民邵某为少交燃气费，私自找人拆开燃气表改装计数装置，半年内少计用气1800余立方米。
目前，邵某已被依法处以罚款，并补交全部燃气费用。警方提醒，私改燃气表不仅违法，还极易引发燃气泄漏和爆炸事故。⟦m （编辑：柯遥）⟧
""",
    ),
    dict(
        slug="print-purslane-standard-html",
        site="蒹水镇农业服务中心 打印预览 (invented)",
        style="打印页",
        genre="技术规程",
        kind="regulation",
        form="html",
        source="http://www.jianshui-nf.cn/jszd/print/2210.html",
        title="马齿苋露地栽培技术规程",
        record_title="打印预览 - 马齿苋露地栽培技术规程",
        date="2024-03-01",
        notes="print view with window.print(); decimal headings; print footer; 成文日期 at the end",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>打印预览 - 马齿苋露地栽培技术规程</title>
<style>@media print{.noprint{display:none}}</style></head><body onload="window.print()">
<div class="noprint">⟦a 〔立即打印〕⟧ ⟦a 〔返回原文〕⟧</div>
<div class="ph">⟦m 蒹水镇农业综合服务中心⟧</div>
<h2>{T}</h2>
{BODY}
<div class="pf">⟦m 打印时间：2024-05-07 15:33⟧ ⟦p 第 1 页（共 1 页）⟧</div>
</body></html>
""",
        body="""
1 范围
本规程规定了马齿苋露地栽培的产地环境、播种、田间管理和采收要求。
2 播种
2.1 播种时间：4月中旬至6月上旬，地温稳定在15℃以上。
2.2 播种方法：条播，行距25厘米，每亩用种量0.3千克。
3 田间管理
3.1 出苗后及时间苗，株距10厘米。
3.2 生长期保持土壤湿润，不使用高毒农药。
4 采收
株高15至20厘米时采收嫩茎叶，每隔15天采收一次。
蒹水镇农业综合服务中心
2024年3月1日
""",
    ),
    dict(
        slug="mail-fw-request-coconut-funds",
        site="蓼原镇政务邮箱 (invented webmail)",
        style="邮件转发",
        genre="请示",
        kind="letter",
        form="text",
        source="https://mail.liaoyuan-zhen.gov.cn/readmail?id=QX20240409",
        title="关于申请椰雕工坊除尘设备改造资金的请示",
        record_title="转发：关于申请椰雕工坊除尘设备改造资金的请示",
        date="2024-04-08",
        date_also=["2024-04-09"],
        notes="forwarded mail in a reply chain; mail headers and attachment bar; request's 附件 and contact kept; 抄送 of the document kept",
        page="""
!m 发件人：镇经济发展办 <jfb@liaoyuan-zhen.gov.cn>
!m 发送时间：2024-04-09 14:47
!m 收件人：镇财政所 <czs@liaoyuan-zhen.gov.cn>
!m 主题：转发：关于申请椰雕工坊除尘设备改造资金的请示
!a [附件2个] 请示正文.pdf　设备报价单.xlsx　 全部下载
财政所：请阅处。
-----原始邮件-----
{BODY}
!l 回复　　 回复全部　　 转发　　 删除
!d 此邮件由政务邮件系统发送，请勿回复无关内容。
""",
        body="""
镇人民政府：
我工坊打磨车间现有除尘设备已使用八年，吸尘效率明显下降，车间粉尘浓度时有超标，存在职业健康和粉尘爆燃隐患。
经询价，更换集中式脉冲除尘设备一套需资金18.6万元，工坊自筹6万元，恳请镇政府给予补助12.6万元。
妥否，请批示。
附件：1.除尘设备报价单
2.车间粉尘检测报告
联系人：吉振海，电话：13907562218。
蓼原镇椰雕非遗工坊
2024年4月8日
抄送：镇安全生产委员会办公室
""",
    ),
]
