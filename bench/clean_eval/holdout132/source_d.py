"""holdout132, part D: county forums, download stations, personnel-exam sites, tender platforms, law firms.
Invented text (sites, places, people, numbers); see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="localforum-pushan-fertilizer-sacks-text",
        site="蒲山论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.pushanbbs.example.com/thread-55120-1-1.html",
        title="关于开展废旧化肥编织袋有偿回收的通知",
        record_title="关于开展废旧化肥编织袋有偿回收的通知 - 蒲山资讯 - 蒲山论坛",
        date="2025-05-06",
        date_also=["2025-05-07"],
        notes="county forum repost; the poster's 发表于 differs from the 成文日期; a price table one row a paragraph; a 'top this post' line between paragraphs; replies",
        page="""
!m 蒲山论坛 - 蒲山人自己的网上家园
!m 论坛首页 › 蒲山资讯 › 帖子详情
!m 楼主　乡里乡亲　发表于 2025-5-7 07:40
{T}
{BODY}
!l 回复 #2 老街坊：早该收了，田边到处都是
!l 回复 #3 蒲山小王：村里收购点在哪？
!a 发表回复　返回列表
!m 蒲山论坛 客服QQ群：31720945
""",
        body="""
各村（居）委会，各农资经营户：
为减少农田“白色污染”，县供销合作社决定在全县开展废旧化肥编织袋有偿回收，现将有关事项通知如下。
一、回收范围：化肥、种子、饲料等农资包装用的编织袋和内膜袋。
二、回收价格如下：
品种　单位　价格
化肥编织袋（50公斤装）　个　0.15元
饲料编织袋　个　0.10元
内膜袋　公斤　1.20元
⟦a 顶一下，让更多乡亲看到⟧
三、回收地点：各乡镇供销社农资门市部，每周二、周五集中收购。
四、回收的编织袋由县再生资源公司统一处理，严禁就地焚烧。
蒲山县供销合作社
2025年5月6日
""",
    ),
    dict(
        slug="localforum-qiling-slackline-park-notice-html",
        site="岐岭生活网 (invented)",
        style="地方论坛",
        genre="通告",
        kind="notice",
        form="html",
        source="https://bbs.qilinglife.example.cn/t/88217",
        title="关于禁止在公园树木间拴挂扁带、吊床的通告",
        record_title="[民生] 关于禁止在公园树木间拴挂扁带、吊床的通告（大家注意）",
        date="2025-09-15",
        notes="county life forum thread: decorated record title with a poster's aside; an ad banner between paragraphs; signature of the poster below the post; forum footer",
        page="""
<html><head><meta charset="utf-8"><title>[民生] 关于禁止在公园树木间拴挂扁带、吊床的通告（大家注意）- 岐岭生活网</title></head><body>
<div class="hd">⟦m 岐岭生活网　吃喝玩乐 本地生活⟧ ⟦a 手机版⟧ ⟦a 签到领积分⟧</div>
<div class="nav">⟦m 首页 › 岐岭社区 › 民生关注⟧</div>
<div class="post"><div class="poster">⟦m 樟树下乘凉　Lv.6　发帖 1204⟧</div>
<h1>⟦t 关于禁止在公园树木间拴挂扁带、吊床的通告⟧</h1>
<div class="ptime">⟦m 2小时前 · 来自 安卓客户端⟧</div>
{BODY}
<div class="psign">⟦m —— 爱岐岭，爱生活 ——⟧</div></div>
<div class="reply">⟦l 全部回复（23）⟧ ⟦l 沙发 · 周末去爬山：扁带玩家确实多，树都勒伤了⟧</div>
<div class="ft">⟦m 岐岭生活网 版权所有　违法和不良信息举报：0769-3311789⟧</div>
</body></html>
""",
        body="""
近期，有市民在滨江公园、南山公园等处的树木之间拴挂扁带、吊床进行休闲活动，造成部分树木树皮勒伤、枝干断裂，同时存在人员摔伤隐患。
为保护园林绿化成果，保障游园安全，根据《岐岭市城市绿化管理办法》，现通告如下：
⟦a 【广告】本地家装节 满万减千 点击了解⟧
一、禁止在公园、绿地、行道树上拴挂扁带、吊床、绳索等物品。
二、对已拴挂的，由公园管理人员劝导当事人立即拆除；拒不拆除的，依法予以处理。
三、市民如需开展扁带运动，可到市全民健身中心的专用场地进行。
特此通告。
岐岭市园林绿化管理处
2025年9月15日
""",
    ),
    dict(
        slug="download-rongzhan-muay-thai-gym-rules-html",
        site="荣展下载站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.rongzhan-down.example.com/soft/62019.html",
        title="拳馆泰拳训练安全管理制度",
        record_title="拳馆泰拳训练安全管理制度.doc下载",
        date=None,
        notes="old gb2312 download station: file-info table, three mirror links and a dead-link report, marquee; no date (an update stamp only); rule whose articles speak of 扫码/打印",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>拳馆泰拳训练安全管理制度.doc下载 - 荣展下载站</title></head>
<body><table width="980" align="center"><tr><td>⟦m 荣展下载站 — 绿色 安全 高速⟧</td><td>⟦a 设为首页⟧ ⟦a 收藏本站⟧</td></tr>
<tr><td colspan="2"><marquee>⟦m 本站所有资源均经过安全检测，请放心下载⟧</marquee></td></tr></table>
<table width="980" align="center"><tr><td>⟦m 当前位置：首页 → 文档资料 → 管理制度⟧</td></tr>
<tr><td><h1>⟦t 拳馆泰拳训练安全管理制度⟧</h1></td></tr>
<tr><td><table border="1"><tr><td>⟦m 文件大小：28 KB⟧</td><td>⟦m 文件格式：doc⟧</td></tr>
<tr><td>⟦m 更新时间：2025-08-30⟧</td><td>⟦m 授权方式：免费⟧</td></tr></table></td></tr>
<tr><td><b>⟦m 资料简介：⟧</b>
{BODY}
</td></tr>
<tr><td>⟦a 下载地址：电信下载一⟧ ⟦a 联通下载二⟧ ⟦a 移动下载三⟧</td></tr>
<tr><td>⟦a 下载地址失效？点此报告死链⟧</td></tr>
<tr><td>⟦d 本站资源来源于网络，仅供学习研究，请于下载后24小时内删除。⟧</td></tr></table>
</body></html>
""",
        body="""
第一条　为保障学员训练安全，预防运动损伤，根据本馆实际，制定本制度。
第二条　学员首次训练前须填写健康状况登记表，患有心脏病、高血压等疾病者不得参加实战对抗训练。
第三条　学员进馆须扫码签到，训练时必须佩戴拳套、护齿、护裆等护具，实战训练还须佩戴头盔。
第四条　教练员应根据学员水平合理安排训练强度，严禁未经教练允许的自由对抗。
第五条　训练中发生伤害的，教练员应立即停止训练，进行初步处理，必要时拨打急救电话。
第六条　本制度打印后张贴于训练馆显著位置，由馆长负责解释。
""",
    ),
    dict(
        slug="download-xinyu-long-jump-training-plan-text",
        site="新雨资源网 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.xinyuziyuan.example.net/jiaoan/tiyu/20419.html",
        title="初三体育中考立定跳远专项训练方案",
        record_title="初三体育中考立定跳远专项训练方案（2026届）免费下载",
        date="2025-09-01",
        notes="download page text dump; resource card lines; training table; 成文日期 at the end; a mirror list and a 'report error' line",
        page="""
!m 新雨资源网 › 教案课件 › 体育
!t 初三体育中考立定跳远专项训练方案（2026届）免费下载
!m 资源类型：教学方案　适用年级：九年级　下载次数：1088　更新：2025-09-03
!a 点击下载（本地高速）　|　网盘下载
{BODY}
!a 资料有误？点击纠错
!l 同类资源：实心球专项训练方案 / 1000米跑训练计划
!d 声明：本站资源均由教师上传共享，版权归原作者所有。
""",
        body="""
为提高初三学生立定跳远成绩，帮助学生在体育中考中取得理想分数，结合我校学生实际，制定本训练方案。
一、训练目标：男生平均成绩达到2.30米，女生平均成绩达到1.85米。
二、训练安排如下：
阶段　时间　主要内容
基础阶段　9月至11月　摆臂、蹬伸协调性练习
强化阶段　12月至次年3月　蛙跳、跳台阶、负重提踵
冲刺阶段　4月至5月　模拟测试、技术纠正
三、注意事项：训练前充分热身，雨天在室内进行，出现膝关节疼痛的学生应及时调整训练量。
柘溪中学体育组
2025年9月1日
""",
    ),
    dict(
        slug="rsks-tanping-sports-school-coach-recruit-html",
        site="檀坪市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://rsks.tanpingshi.example.gov.cn/sydw/2025/1020/5512.html",
        title="檀坪市体育运动学校2025年公开招聘田径教练员公告",
        record_title="【招聘公告】檀坪市体育运动学校2025年公开招聘田径教练员公告",
        date="2025-10-20",
        notes="personnel-exam site: a floating consult box, the site's technical line; the announcement's own 咨询电话 and a 下载/打印准考证 sentence kept; posts table",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>檀坪市人事考试网</title></head><body>
<div class="top">⟦m 檀坪市人事考试网⟧ ⟦m 主办：檀坪市人力资源和社会保障局⟧</div>
<div class="nav">⟦m 网站首页　考试公告　报名入口　成绩查询　政策法规⟧</div>
<div class="loc">⟦m 当前位置：首页 > 事业单位招聘 > 考试公告⟧</div>
<h1>⟦t 檀坪市体育运动学校2025年公开招聘田径教练员公告⟧</h1>
<div class="info">⟦m 发布日期：2025-10-20　来源：市体育局⟧ ⟦a 打印　关闭⟧</div>
{BODY}
<div class="float">⟦w 报名咨询在线客服 点我⟧</div>
<div class="foot">⟦m 网上报名系统技术支持电话：0734-8221190（工作日）⟧ ⟦m 檀ICP备09112835号⟧</div>
</body></html>
""",
        body="""
根据事业单位公开招聘有关规定，经市人力资源和社会保障局同意，檀坪市体育运动学校决定公开招聘田径教练员3名，现将有关事项公告如下。
一、招聘岗位
岗位　人数　专业要求
跳高教练员　1　运动训练（跳跃类）
跨栏教练员　1　运动训练（短跨类）
投掷教练员　1　运动训练（投掷类）
二、报考条件：本科及以上学历，年龄35周岁以下，具有国家一级运动员及以上等级称号。
三、报名时间：2025年10月27日至10月31日，在本网站报名入口网上报名。
四、考生须于11月12日起登录本网站下载并打印准考证。
咨询电话：0734-8230516（市体育局人事科）。
檀坪市体育运动学校
2025年10月20日
""",
    ),
    dict(
        slug="rsks-yunfu-egg-carving-guide-interview-text",
        site="云阜人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.yfrsks.example.cn/gg/2025/0714_3301.html",
        title="云阜县非遗保护中心蛋雕传习所讲解员面试公告",
        record_title=None,
        date="2025-07-14",
        notes="no record title; interview list table; the site's headline and a 'scan to follow' box; 咨询电话 kept",
        page="""
!m 云阜人事考试信息网 | 公平 公正 公开
!m 首页 > 面试公告
{T}
!m 【发布时间：2025-07-14 17:20】【字号：大 中 小】
{BODY}
!a 关注“云阜人事考试”微信号，第一时间获取考试信息
!l 相关链接：县事业单位笔试成绩查询
!m 本站联系电话：0836-4109900
""",
        body="""
根据《云阜县非遗保护中心2025年公开招聘工作人员公告》，现将蛋雕传习所讲解员岗位面试有关事项公告如下。
一、面试时间：2025年7月20日上午8:30。
二、面试地点：云阜县非遗保护中心二楼会议室。
三、进入面试人员名单：
准考证号　姓名
20250301　陶雨桐
20250306　殷可
20250311　冯青青
四、面试采取结构化面试加现场讲解的方式，讲解内容为蛋雕的历史和技法介绍，时长不超过八分钟。
咨询电话：0836-4122705。
云阜县非遗保护中心
2025年7月14日
""",
    ),
    dict(
        slug="tender-lianhu-athletics-equipment-html",
        site="濂湖市公共资源交易平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.lianhu.example.gov.cn/jyxx/zfcg/cgxx/20250415/88130.html",
        title="濂湖市第一中学田径器材采购项目公开招标公告",
        record_title="濂湖市第一中学田径器材采购项目公开招标公告_采购公告_濂湖市公共资源交易平台",
        date="2025-04-15",
        notes="tender platform: buyer and agency contacts kept beside a CA hotline; lot table; a CA-lock hint",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>濂湖市第一中学田径器材采购项目公开招标公告_采购公告_濂湖市公共资源交易平台</title></head><body>
<div class="hd">⟦m 濂湖市公共资源交易平台⟧ ⟦a 交易主体登录⟧ ⟦a CA数字证书办理⟧</div>
<div class="nav">⟦m 首页 ＞ 交易信息 ＞ 政府采购 ＞ 采购公告⟧</div>
<h2>⟦t 濂湖市第一中学田径器材采购项目公开招标公告⟧</h2>
<div class="sub">⟦m 【信息时间：2025-04-15】【阅读次数：352】⟧</div>
{BODY}
<div class="attach">⟦a 附件下载：招标文件.zip⟧</div>
<div class="ft">⟦m CA证书服务热线：400-6071288⟧ ⟦m 平台运维：濂湖市公共资源交易中心⟧</div>
</body></html>
""",
        body="""
项目概况：濂湖市第一中学田径器材采购项目的潜在投标人应在平台获取招标文件，并于2025年5月8日9点30分前递交投标文件。
一、项目基本情况
项目编号：LHZC-2025-0417
预算金额：68万元
采购需求如下：
包号　名称　数量
1　可调式跨栏架　60副
2　跳高架及海绵包　2套
3　比赛用铅球、标枪　1批
二、申请人资格要求：具有独立承担民事责任的能力，所投产品须符合国家田径器材标准。
三、联系方式
采购人：濂湖市第一中学，联系人：苏老师，电话：0758-2231066。
代理机构：濂湖正衡招标代理有限公司，联系人：高工，电话：0758-2260819。
""",
    ),
    dict(
        slug="tender-xiyuan-theatre-chandelier-result-text",
        site="西源县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.xiyuanzfcg.example.gov.cn/zbgg/2025/1104/7013.html",
        title="西源县大剧院吊灯维修改造项目中标结果公告",
        record_title="西源县大剧院吊灯维修改造项目中标结果公告-西源县政府采购网",
        date="2025-11-04",
        notes="bid result with a candidates table; record title -site; a 'more results' list; the platform's service phone vs the buyer's contact",
        page="""
!m 西源县政府采购网
!m 首页 → 采购公告 → 中标（成交）结果公告
{T}
!m 公告日期：2025-11-04　浏览：207
{BODY}
!l 更多中标公告>>
!l 西源县图书馆空调维保项目成交公告
!m 平台服务电话：0851-6009123　地址：西源县行政中心3号楼
""",
        body="""
一、项目编号：XYCG-2025-118
二、项目名称：西源县大剧院吊灯维修改造项目
三、中标信息
供应商名称　中标金额（元）
黔光舞台灯光工程有限公司　417600.00
四、主要标的：观众厅主吊灯拆卸清洗、更换LED光源一批、升降系统检修。
五、公告期限：自本公告发布之日起1个工作日。
六、采购人联系方式：西源县文化馆，联系人：聂先生，电话：0851-6021377。
""",
    ),
    dict(
        slug="lawfirm-zhengyi-livestream-tipping-lecture-html",
        site="正毅律师事务所 (invented)",
        style="律所网站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.zhengyilaw.example.com/pufa/2025/0601/215.html",
        title="未成年人直播打赏如何退款——在家长学校的普法讲稿",
        record_title="法治讲堂丨未成年人直播打赏如何退款——在家长学校的普法讲稿",
        date="2025-05-30",
        notes="law-firm site: speech title with a date under it and a speaker line (neutral); an online-consultation box; 'not legal advice' notice",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>法治讲堂丨未成年人直播打赏如何退款——在家长学校的普法讲稿 - 正毅律师事务所</title></head><body>
<div class="top">⟦m 正毅律师事务所　以专业守护公正⟧ ⟦m 全国咨询热线：400-880-6172⟧</div>
<div class="nav">⟦m 首页 | 律所简介 | 律师团队 | 业务领域 | 普法园地 | 联系我们⟧</div>
<h1>⟦t 未成年人直播打赏如何退款——在家长学校的普法讲稿⟧</h1>
<p>（2025年5月30日）</p>
<p>正毅律师事务所律师　覃思远</p>
{BODY}
<div class="consult">⟦w 遇到类似问题？点击免费咨询执业律师⟧</div>
<div class="notice">⟦d 本文仅为普法宣传，不构成对具体案件的法律意见。⟧</div>
<div class="ft">⟦m 所址：柳州市文昌路88号正毅大厦12层⟧ ⟦m 桂ICP备21001337号⟧</div>
</body></html>
""",
        body="""
各位家长：
今天我和大家聊一聊孩子偷偷给主播打赏的问题。最近我们所接到不少家长咨询，有的孩子一个月打赏了好几万元。
首先，八周岁以下的未成年人是无民事行为能力人，其打赏行为无效，家长可以要求平台全额返还。
其次，八周岁以上的未成年人是限制民事行为能力人，大额打赏与其年龄、智力不相适应，经家长追认前效力待定，家长不追认的，可以要求返还。
第三，退款的关键是证据。家长要及时保存充值记录、打赏记录和孩子使用设备的证据，证明打赏是孩子而不是家长本人所为。
最后提醒各位家长，手机支付密码不要告诉孩子，并开启平台的青少年模式。
谢谢大家。
""",
    ),
    dict(
        slug="lawfirm-hengan-carpooling-accident-blog-text",
        site="恒安律师事务所 (invented)",
        style="律所网站",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://www.hengan-lawyer.example.cn/blog/2025/08/carpool.html",
        title="顺风车出了事故，谁来赔？——办理一起拼车纠纷的体会",
        record_title="【律师随笔】顺风车出了事故，谁来赔？——办理一起拼车纠纷的体会",
        date="2025-08-12",
        notes="law-firm blog: a lawyer card above; 写于 date in the body's last line; a related-case list and consult prompt",
        page="""
!m 恒安律师事务所 · 律师随笔
!m 韦承东律师　执业证号：14503201810552231　擅长：交通事故、人身损害
{T}
{BODY}
!w 免费咨询韦律师：139-7712-0368（微信同号）
!l 相关案例：电动车与行人相撞责任划分｜高速追尾保险理赔
!d 文章内容仅供参考，具体案件请咨询专业律师。
""",
        body="""
今年春天，我代理了一起顺风车拼车纠纷。乘客小吴通过手机软件搭乘私家车回老家，途中车辆与货车相撞，小吴受了重伤。
案件的焦点是，顺风车车主是否应当承担赔偿责任，以及能否因为是“好意同乘”而减轻责任。
我们认为，本案车主通过平台收取了分摊费用，属于有偿拼车，不适用好意同乘减责的规定。最终法院认定车主和货车司机按责任比例承担赔偿，保险公司在保险范围内先行赔付。
办完这个案子，我想提醒开顺风车的车主：私家车从事拼车，要如实告知保险公司，必要时加保座位险，以免出事后保险拒赔。
2025年8月12日
""",
    ),
]
