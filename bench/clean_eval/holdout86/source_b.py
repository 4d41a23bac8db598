"""holdout86, part B: rice mills (碾米厂、大米加工厂) — a mill's Party branch, a hospital's
dust-and-noise check, a grain college's internship, a town forum, a download station, a
recruitment exam, a bid result, a law firm's case, a residents' notice, a rice association,
a mill's own site and a milling-operator school. Invented text, sites and chrome."""

CASES = [
    dict(
        slug="dangjian-xiangdao-speech-rice-mill-branch",
        site="稻香米业党建园地 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://dj.xiangdaomy.example.com/djdt/2025/0701/315.html",
        title="在稻香米业党支部庆祝建党104周年大会上的讲话",
        record_title="【七一讲话】在稻香米业党支部庆祝建党104周年大会上的讲话",
        date="2025-07-01",
        notes="HTML Party-building site: decorated record title; speaker and Chinese-numeral date under the title neutral; 'study hours' prompt and a scan-to-phone box; a related column",
        page="""
<html><head><meta charset="utf-8"><title>在稻香米业党支部庆祝建党104周年大会上的讲话-稻香米业党建园地</title></head><body>
<div class="hd">⟦m 稻香米业党建园地⟧ ⟦m 红色粮仓 党建引领⟧</div>
<div class="nav">⟦m 首页 支部动态 学习园地 党员风采 廉洁米业⟧</div>
<div class="crumb">⟦m 首页 > 支部动态⟧</div>
<h1>⟦t 在稻香米业党支部庆祝建党104周年大会上的讲话⟧</h1>
<p class="spk">支部书记　石慧芳</p>
<p class="spk">（二〇二五年七月一日）</p>
<div class="body">
{BODY}
</div>
<div class="study">⟦a 阅读满3分钟可累计学习时长⟧</div>
<div class="ewm">⟦a 手机扫码　随时学习⟧</div>
<div class="rel">⟦l 学习园地⟧<ul><li>⟦l 车间党小组开展“粒米不浪费”主题党日⟧</li><li>⟦l 党员示范岗名单公布⟧</li></ul></div>
<div class="ft">⟦d 稻香米业有限公司党支部　版权所有⟧</div>
</body></html>
""",
        body="""
同志们：
今天我们在这里集会，庆祝中国共产党成立104周年，表彰一年来涌现出的优秀共产党员。
过去一年，支部带领党员在烘干、砻谷、抛光等关键岗位设立党员示范岗，全年加工大米四万二千吨，优质米率提高了三个百分点。
新的一年，全体党员要在节粮减损上带好头，把“颗粒归仓”落实到每一道工序。
""",
    ),
    dict(
        slug="hospital-neiyuan-news-rice-mill-occupational-check",
        site="霓原县人民医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.nyxrmyy.example.com/news/yydt/2025/0520/789.html",
        title="我院为全县碾米企业职工开展职业健康检查",
        record_title="我院为全县碾米企业职工开展职业健康检查",
        date="2025-05-20",
        notes="HTML hospital: appointment box and a 24-hour line in the footer beside the news's own 咨询电话; photo caption on its own line inside the body; a data table one row a paragraph",
        page="""
<html><head><meta charset="utf-8"><title>我院为全县碾米企业职工开展职业健康检查-霓原县人民医院</title></head><body>
<div class="top">⟦m 霓原县人民医院⟧ ⟦m 二级甲等综合医院⟧ ⟦a 预约挂号⟧ ⟦a 报告查询⟧</div>
<div class="nav">⟦m 医院概况 新闻动态 科室导航 专家介绍 就医指南⟧</div>
<h2>⟦t 我院为全县碾米企业职工开展职业健康检查⟧</h2>
<div class="info">⟦m 时间：2025-05-20　来源：公共卫生科　点击：406⟧</div>
<div class="txt">
{BODY}
</div>
<div class="side"><h4>⟦l 医院新闻⟧</h4><ul><li>⟦l 胸痛中心通过复审⟧</li><li>⟦l 护士节表彰大会召开⟧</li></ul></div>
<div class="foot">⟦m 急诊24小时值班电话：0745-8122120⟧<br>⟦m 地址：霓原县人民路66号⟧</div>
</body></html>
""",
        body="""
5月中旬，我院公共卫生科组织医护人员深入全县碾米企业，为接触粉尘和噪声的职工开展职业健康检查。
⟦m 图为医务人员在车间为职工测听力⟧
本次体检项目包括胸片、肺功能和纯音听阈测试，共检查职工三百一十二人。
检查项目　人数　异常人数
胸片　312　4
肺功能　312　9
纯音听阈　298　17
对检出异常的职工，我院已逐一告知并建议复查。咨询电话：0745-8122364（公共卫生科）。
""",
    ),
    dict(
        slug="university-liangshi-news-rice-mill-internship",
        site="霑阳粮食工程学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.zyliangshi.example.edu.cn/xwzx/xyxw/2024/0912/2210.htm",
        title="食品学院学生赴米业企业开展生产实习",
        record_title="食品学院学生赴米业企业开展生产实习-霑阳粮食工程学院",
        date="2024-09-12",
        notes="HTML college page: decorated record title with '-site'; author/photo/review line; the title repeated glued to the lead; prev/next links",
        page="""
<html><head><meta charset="utf-8"><title>食品学院学生赴米业企业开展生产实习-霑阳粮食工程学院</title></head><body>
<div class="banner">⟦m 霑阳粮食工程学院⟧ ⟦m 厚德 精粮 笃行⟧</div>
<div class="nav">⟦m 学校概况 | 院系设置 | 教育教学 | 新闻中心 | 招生就业⟧</div>
<h1>⟦t 食品学院学生赴米业企业开展生产实习⟧</h1>
<div class="au">⟦m 文：黎小满　图：蒋一帆　审核：滕文⟧ ⟦m 发布日期：2024-09-12⟧</div>
<div class="wz">
{BODY}
</div>
<div class="pn">⟦l 上一条：我校新生军训开营⟧<br>⟦l 下一条：粮油质量检验实验室通过认证⟧</div>
<div class="ft">⟦d 霑阳粮食工程学院版权所有⟧ ⟦m 地址：霑阳市学府路9号⟧</div>
</body></html>
""",
        body="""
⟦t 食品学院学生赴米业企业开展生产实习⟧9月上旬，食品学院粮食工程专业八十六名学生分三批赴县内四家米业企业开展为期两周的生产实习。
实习期间，学生跟班学习清理、砻谷、碾米、色选和包装各道工序，在企业技术员指导下完成了出米率测定。
学院要求带队教师每天检查实习日志，实习结束后每名学生提交一份工艺改进建议。
""",
    ),
    dict(
        slug="townforum-fengqiao-rice-mill-dust-junk",
        site="枫桥生活论坛 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="post",
        form="text",
        source="http://bbs.fengqiaolife.example.net/thread-80231-1-1.html",
        title="村口碾米厂粉尘问题终于解决了",
        record_title="村口碾米厂粉尘问题终于解决了 - 民生杂谈 - 枫桥生活论坛",
        date="2025-04-09",
        notes="town forum post: decorated record title; junk lines and glued junk; a 发布于 line as the post date; a relative 'edited 2天前' line is no date",
        junk=dict(lines=1, glued=2),
        page="""
!m 枫桥生活论坛　›　民生杂谈
!t 村口碾米厂粉尘问题终于解决了
!m 发布于 2025-04-09 10:22　|　楼主　乡下老陈
!m 本帖最后由 乡下老陈 于 2天前 编辑
{BODY}
!l 回复　收藏　举报
!l 2楼　枫桥阿珍：点赞，以前晒衣服都是一层灰。
!l 相关帖子：镇上新开的粮油店怎么样 | 今年早稻收购价多少
""",
        body="""
去年我发帖反映村口碾米厂粉尘大，晒在外面的衣服都落一层糠灰。
后来镇里环保所来了两趟，厂里上个月装了布袋除尘器，还把出糠口用铁皮罩了起来。
这几天我专门去看了，车间外面基本看不到灰了，老板说糠也统一装袋卖给养猪场。
说句公道话，问题反映上去有人管，心里还是挺高兴的。
""",
    ),
    dict(
        slug="download-nongzi-html-rice-mill-safety-rules",
        site="农资下载站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="rules",
        form="html",
        source="http://www.nongzixz.example.com/soft/zhidu/11872.html",
        title="碾米车间安全操作规程",
        record_title="碾米车间安全操作规程.doc下载",
        date=None,
        notes="old gb2312 table layout: a file-info table, three mirror download links, an error-report link and a marquee; decorated title '.doc下载'; rules that speak of 打印 kept; no date (更新时间 is no date)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>碾米车间安全操作规程.doc下载_农资下载站</title></head><body>
<table width="960"><tr><td>⟦m 农资下载站⟧</td><td><marquee>⟦l 热烈庆祝本站资料突破十万份！⟧</marquee></td></tr></table>
<table><tr><td>⟦m 当前位置：首页 → 规章制度 → 安全生产⟧</td></tr></table>
<table class="info">
<tr><td>⟦t 碾米车间安全操作规程.doc下载⟧</td></tr>
<tr><td>⟦m 文件大小：38KB⟧</td><td>⟦m 文件格式：doc⟧</td></tr>
<tr><td>⟦m 更新时间：2025-02-11⟧</td><td>⟦m 下载次数：1830⟧</td></tr>
</table>
<table><tr><td class="intro">
{BODY}
</td></tr></table>
<table><tr><td>⟦a 电信下载1⟧</td><td>⟦a 联通下载2⟧</td><td>⟦a 本地高速下载⟧</td><td>⟦a 报告错误⟧</td></tr></table>
<table><tr><td>⟦d 本站资料均由网络收集，如有侵权请联系站长删除。⟧</td></tr></table>
</body></html>
""",
        body="""
一、开机前检查砻谷机、碾米机的防护罩是否完好，皮带松紧是否适当。
二、设备运转中严禁用手清理进料口，堵料时必须停机断电后处理。
三、操作人员须穿戴防尘口罩和耳塞，长发须盘入工作帽内。
四、交接班记录须打印后由交接双方签字，存档备查。
五、车间内严禁吸烟，糠粉要当班清扫，不得堆积。
""",
    ),
    dict(
        slug="rsks-liangyun-exam-rice-group-recruit-html",
        site="霙岭市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.ylrsks.example.gov.cn/ksxx/2025/0306/552.html",
        title="霙岭市粮运集团2025年公开招聘工作人员笔试公告",
        record_title=None,
        date="2025-03-06",
        notes="HTML exam portal: missing record title; exam timetable table kept; a sentence telling candidates to 下载打印 the 准考证 kept; the portal's consultation hotline beside the notice's own",
        page="""
<html><head><meta charset="utf-8"><title>霙岭市人事考试网</title></head><body>
<div class="head">⟦m 霙岭市人事考试网⟧ ⟦a 考生登录⟧ ⟦a 成绩查询⟧</div>
<div class="pos">⟦m 首页 > 考试信息 > 事业单位招聘⟧</div>
<h2>⟦t 霙岭市粮运集团2025年公开招聘工作人员笔试公告⟧</h2>
<div class="date">⟦m 发布时间：2025-03-06　阅读：9822⟧</div>
<div class="main">
{BODY}
</div>
<div class="attach">⟦a 附件下载：考场安排表.xls⟧</div>
<div class="foot">⟦m 考试咨询服务热线：0736-12333⟧ ⟦m 技术支持：霙岭信息中心⟧</div>
</body></html>
""",
        body="""
霙岭市粮运集团下属米业公司2025年公开招聘工作人员笔试定于3月22日举行，现将有关事项公告如下。
考生请于3月18日至21日登录本网站下载打印准考证，凭准考证和身份证参加考试。
科目　时间　地点
综合知识　3月22日9:00-11:00　霙岭市第二中学
粮油专业知识　3月22日14:00-15:30　霙岭市第二中学
咨询电话：0736-5210788（粮运集团人力资源部）
霙岭市粮运集团有限公司
2025年3月6日
""",
    ),
    dict(
        slug="tender-jiaoyi-html-rice-mill-color-sorter-result",
        site="霂溪县公共资源交易中心 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://ggzy.muxi.example.gov.cn/jyxx/zfcg/zbgg/2025/0612/30914.html",
        title="霂溪县国有粮食储备库大米色选机采购项目中标结果公告",
        record_title="霂溪县国有粮食储备库大米色选机采购项目中标结果公告",
        date="2025-06-12",
        notes="HTML tender platform with a left menu; project number neutral-free (in a meta label); bid result table; purchaser and agency contacts kept beside the platform's CA helpdesk",
        page="""
<html><head><meta charset="utf-8"><title>中标结果公告_霂溪县公共资源交易中心</title></head><body>
<div class="hd">⟦m 霂溪县公共资源交易中心⟧ ⟦a 主体注册⟧ ⟦a CA办理⟧</div>
<ul class="left"><li>⟦l 招标公告⟧</li><li>⟦l 变更公告⟧</li><li>⟦l 中标结果⟧</li><li>⟦l 合同公示⟧</li></ul>
<h1>⟦t 霂溪县国有粮食储备库大米色选机采购项目中标结果公告⟧</h1>
<div class="meta">⟦m 信息时间：2025-06-12　项目编号：MXCG-2025-0417⟧</div>
<div class="ggnr">
{BODY}
</div>
<div class="foot">⟦m CA证书办理及技术咨询：400-611-0098⟧<br>⟦m 霂溪县公共资源交易中心　版权所有⟧</div>
</body></html>
""",
        body="""
一、采购项目名称：霂溪县国有粮食储备库大米色选机采购项目
二、中标结果
供应商名称　中标金额（元）　交货期
霂溪佳禾粮机有限公司　386000　合同签订后30日
三、公告期限：自本公告发布之日起1个工作日。
四、联系方式
采购人：霂溪县国有粮食储备库　联系人：万国庆　电话：0761-3302271
代理机构：霂溪县恒信招标代理有限公司　联系人：刘珊　电话：0761-3308815
""",
    ),
    dict(
        slug="lawfirm-jinglv-case-rice-mill-contract",
        site="镜律律师事务所 (invented)",
        style="律所网站",
        genre="案例",
        kind="case",
        form="text",
        source="https://www.jinglvlaw.example.com/anli/hetong/2025/0303.html",
        title="碾米加工合同中出米率约定不明引发的纠纷",
        record_title="律师说案丨碾米加工合同中出米率约定不明引发的纠纷",
        date="2025-03-03",
        notes="law firm: decorated record title; consult prompt glued after a sentence; a disclaimer; 发布日期 byline as the page's date",
        page="""
!m 镜律律师事务所　专注农业农村法律服务
!m 首页 / 律师说案 / 合同纠纷
!t 律师说案丨碾米加工合同中出米率约定不明引发的纠纷
!m 发布日期：2025-03-03　作者：卢靖律师
{BODY}
!w 遇到类似纠纷？免费咨询：188-0073-4521（微信同号）
!d 本文仅为律师个人观点，不构成法律意见。
!l 推荐阅读：农机买卖质量纠纷如何举证
""",
        body="""
种粮大户张某将稻谷六十吨交给某碾米厂加工，双方口头约定“按正常出米率”交付大米。
加工完成后，张某认为出米率只有百分之六十二，低于当地一般水平，要求碾米厂赔偿差额。⟦w 点击右下角，律师在线解答⟧
法院审理认为，双方对出米率没有明确约定，应参照同品种稻谷的行业一般标准，并委托粮食质量检验机构进行了鉴定。
律师提醒，委托加工时应书面约定出米率、碎米率和副产品归属，避免事后争议。
""",
    ),
    dict(
        slug="community-daoxi-notice-rice-mill-relocation",
        site="稻溪社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.daoxisq.example.com/tzgg/3318.html",
        title="关于老碾米房搬迁期间临时加工点的告知",
        record_title="关于老碾米房搬迁期间临时加工点的告知",
        record_date="2025-10-08",
        date="2025-10-08",
        notes="record date; residents' site with a weather widget and a grid-worker box; a schedule table kept; the notice's own 联系电话 beside the community hotline",
        page="""
!m 稻溪社区　居民之家
!m 今日 晴 18~27℃　空气质量 良
!m 首页 > 通知公告
!t 关于老碾米房搬迁期间临时加工点的告知
{BODY}
!w 网格员在线：第三网格 何姐 135 0736 2219
!m 社区服务热线：0736-6660110
!l 返回上一页
""",
        body="""
各位居民：
因道路拓宽，社区老碾米房将于10月15日起拆除搬迁，新加工点预计12月底投入使用。
搬迁期间，社区在文化广场东侧设临时加工点，开放时间如下：
日期　时间
周一至周五　8:00-11:30，14:00-17:00
周六　8:00-11:30
联系电话：0736-6661372（社区居委会）
稻溪社区居民委员会
2025年10月8日
""",
    ),
    dict(
        slug="association-daomi-minutes-rice-price-html",
        site="雱湖市稻米产业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://www.phdmxh.example.org.cn/xhdt/2024/1026/156.html",
        title="协会会员企业秋粮收购座谈会纪要",
        record_title="【协会纪要】协会会员企业秋粮收购座谈会纪要",
        date="2024-10-26",
        notes="HTML association page: decorated title; minutes' lines kept; member-login box, a 'join us' prompt and a friendly-links row",
        page="""
<html><head><meta charset="utf-8"><title>协会会员企业秋粮收购座谈会纪要_协会动态_雱湖市稻米产业协会</title></head><body>
<div class="hd">⟦m 雱湖市稻米产业协会⟧ ⟦a 会员登录⟧ ⟦a 申请入会⟧</div>
<div class="nav">⟦m 协会简介 | 协会动态 | 行业资讯 | 会员风采 | 联系我们⟧</div>
<h2>⟦t 【协会纪要】协会会员企业秋粮收购座谈会纪要⟧</h2>
<div class="pub">⟦m 发布：秘书处　2024-10-26⟧</div>
<div class="nr">
{BODY}
</div>
<div class="links">⟦l 友情链接：市农业农村局 | 市粮食和物资储备局 | 稻米网⟧</div>
<div class="ft">⟦m 协会地址：雱湖市粮城大道288号⟧ ⟦m 湘ICP备18004412号⟧</div>
</body></html>
""",
        body="""
时间：2024年10月25日上午
地点：协会会议室
主持：协会会长 邵德明
参会：会员企业代表二十一人
会议交流了今年秋粮收购和加工情况，会员企业普遍反映优质稻收购价同比上涨，加工利润收窄。
会议议定：一是协会近期发布优质稻收购参考价；二是组织会员企业联合参加农产品博览会。
记录：蔡雯
""",
    ),
    dict(
        slug="corp-xiangyuan-rice-product-recall",
        site="香原米业 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.xiangyuanmiye.example.com/news/gonggao/2025/0815.html",
        title="关于主动召回部分批次5kg装大米的公告",
        record_title="关于主动召回部分批次5kg装大米的公告_香原米业",
        date="2025-08-15",
        notes="corporate site: decorated title '_site'; online shop and customer-service prompt; the company's own 召回专线 kept beside the 400 line; a batch table",
        page="""
!m 香原米业　好米好原香
!a 在线商城　|　招商加盟　|　联系我们
!m 首页 > 新闻中心 > 公司公告
!t 关于主动召回部分批次5kg装大米的公告
{BODY}
!m 全国客服热线：400-880-6617
!d © 2025 香原米业有限公司　保留所有权利
""",
        body="""
我公司在内部抽检中发现，部分批次5kg装长粒香大米的包装封口不严，可能导致受潮。
为保障消费者权益，公司决定主动召回以下批次产品：
生产日期　批号
2025年7月2日　XY250702A
2025年7月3日　XY250703B
消费者可凭产品到原购买门店退换，召回专线：0737-2281990。
香原米业有限公司
2025年8月15日
""",
    ),
    dict(
        slug="training-gujiang-course-rice-milling-operator",
        site="谷匠职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="notice",
        form="text",
        source="http://www.gujiangpx.example.com/zs/2025/0901.html",
        title="粮食加工（碾米）工技能培训招生简章",
        record_title="【秋季班火热报名中】粮食加工（碾米）工技能培训招生简章",
        date=None,
        notes="training school: decorated title; a float box with QQ/WeChat; course table kept; the school's own 报名电话 kept; no date (a year-free brochure, 更新于 relative)",
        page="""
!m 谷匠职业培训学校
!w 在线咨询　QQ：2851190673　微信：gujiang-px
!t 【秋季班火热报名中】粮食加工（碾米）工技能培训招生简章
!m 更新于 5天前
{BODY}
!a 立即报名　领取资料
!w 报名优惠：前20名减免教材费，私信小谷老师
!l 热门课程：粮油保管员　农产品质量检验员　叉车司机
""",
        body="""
一、培训对象：米业企业在岗职工及有意从事粮食加工的人员。
二、培训内容
周次　内容
第1周　稻谷品质与清理工艺
第2周　砻谷、碾米与抛光操作
第3周　色选、包装与设备保养
三、考核发证：培训结束参加职业技能等级认定，合格者取得相应等级证书。
报名电话：0738-4412630　报名地点：学校教务处
""",
    ),
]
