"""holdout330, part B: a blog, WeChat mirrors, document-sharing pages, education portals, enterprise
intranets and Q&A sites. Every document, place, person, firm, site, URL and phone is invented; each
case written by hand. See ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="yanqiu-blog-hammer-not-harder-wrapped",
        site="砚秋的康复小站 (invented personal blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="https://yanqiu-kangfu.example-blog.net/post/417",
        title="按摩锤敲打不是越狠越好",
        record_title="〔康复手札〕按摩锤敲打不是越狠越好 · 砚秋的康复小站",
        date="2025-04-02",
        notes="blog post hard-wrapped at 56 columns; the bracketed post time is the page's date; a tip-jar "
        "line glued after a 。; a category row and a comment box",
        page="""
!m 砚秋的康复小站
!m ——一个康复科医生的下班笔记
!m 首页 / 康复手札 / 读者来信 / 留言板
!t 〔康复手札〕按摩锤敲打不是越狠越好
!m 〔2025-04-02 21:10〕 分类：康复手札 ｜ 阅读(611) ｜ 评论(9)
{BODY}
!l 本文标签：按摩锤　肌肉劳损　居家康复
!l «上一篇 膝盖响是不是缺钙　　下一篇» 肩周炎能不能吊单杠
!l 发表评论：请输入昵称后留言，审核后显示
!m 砚秋的康复小站 · 粤ICP备22081654号
""",
        wrap=56,
        indent="\u3000\u3000",
        body="""
门诊里常有病人说，自己每天拿按摩锤敲腰，越敲越疼，问我是不是敲得还不够。我的回答通常是：恰恰相反，是敲得太狠了。
按摩锤的作用是通过有节奏的振动放松表层肌肉，并不能把深处的劳损“敲散”。用力过猛，肌肉反而会保护性地绷紧，还可能造成皮下出血。⟦a 觉得有用？请作者喝杯奶茶☕⟧
我给病人的建议是三条：一是每个部位不超过两分钟；二是以“敲完觉得松快、不觉得疼”为准；三是腰椎、颈椎正中和膝盖骨头上一律不敲。
如果疼痛已经持续两周以上，或者伴有腿麻，别再自己敲了，请到医院查清楚原因。
""",
    ),
    dict(
        slug="fuyou-account-mirror-pillow-after-section",
        site="微阅存档 (invented WeChat mirror)",
        style="公众号镜像",
        genre="科普文章",
        kind="news",
        form="html",
        source="https://wx.weiyuecd.example.com/a/fuyou_changyang/20250814_3",
        title="剖宫产术后咳嗽时，抱个抱枕护住伤口",
        record_title=None,
        date="2025-08-14",
        notes="no record title: the article's <h1>; the account line's date is the page's date; a follow "
        "prompt glued before the first words; 阅读原文/在看/点赞 rows, a collection tag and the mirror's "
        "archive note",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>微阅存档 - 公众号好文收藏</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><script>var biz="MzA4NjQ2", mid="2651877203", idx="3";</script></head>
<body>
<div class="wy-head">⟦m 微阅存档⟧ <span>⟦m 好文章值得多看一眼⟧</span></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 原创　徜阳区妇幼保健院　2025-08-14 08:30　广东⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="tags">⟦l 收录于合集 #产后康复 12个⟧</div>
<div class="tool">⟦a 阅读原文⟧　⟦m 阅读 3218⟧　⟦a 👍 赞 56⟧　⟦a 在看 21⟧</div>
<div class="qr">⟦a 长按识别下方二维码，关注徜阳妇幼⟧</div>
</div>
<div class="wy-note">⟦d 本页为公众号文章的存档副本，图片可能无法显示，内容以原公众号为准⟧</div>
<div class="wy-foot">⟦m 微阅存档 weiyuecd.example.com⟧ ⟦l 上一篇存档：产后腰疼要不要绑腹带⟧</div>
</body></html>
""",
        p_html='<section><p style="font-size:16px;line-height:1.75">{}</p></section>',
        body="""
⟦a 点上方蓝字「徜阳妇幼」，关注我们⟧剖宫产术后的前几天，咳嗽、打喷嚏甚至大笑，都会牵拉腹部伤口，让新妈妈疼得不敢用力。产科护士长罗半夏建议，这时候可以借助一个普通的抱枕。
具体做法是：感觉要咳嗽时，双手把抱枕紧紧按在伤口上方，身体稍向前倾，再用力咳出来。抱枕能分散腹部压力，减轻伤口震动带来的疼痛。
⟦m 图片来源：徜阳区妇幼保健院产科⟧
抱枕最好选中等软硬、表面光滑的，不要带亮片和纽扣，用前套上干净的枕套。如果伤口渗液、发红，或者发热超过38.5℃，请及时联系病区医生。
""",
    ),
    dict(
        slug="yinghu-account-pledge-spray-stairwell",
        site="鹦湖社区公众号 via 公号留存馆 (invented mirror)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://wwcd.example.org/mp/yinghu_sq/2025-05-21/1",
        title="关于楼道内少用香型衣物除味喷雾的倡议书",
        record_title="关于楼道内少用香型衣物除味喷雾的倡议书 ▏鹦湖社区发布（公号留存馆）",
        date="2025-05-20",
        date_also=["2025-05-21"],
        notes="mirror of a residents' account; account date differs from the 成文日期; sharing the pledge "
        "spoken of as content; an 'edited' aside and a 在看 row; a star prompt glued before the salutation",
        page="""
!m 公号留存馆 · 公众号文章离线阅读
!t 关于楼道内少用香型衣物除味喷雾的倡议书
!m 鹦湖社区发布　2025年5月21日 18:02
!m 以下文章来源于鹦湖社区发布，作者 鹦湖社区居委会
{BODY}
!m 编辑：小鹦　　审核：田菀青
!a 分享　　收藏　　在看
!d 存档页面仅供离线阅读，不代表原作者观点，原文如已删除请以实际为准
""",
        body="""
⟦a 把鹦湖社区发布设为星标，通知不漏看⟧亲爱的居民朋友们：
近来，社区陆续接到居民反映，有的楼道里晾晒衣物后大量喷洒香型除味喷雾，气味久久不散，家中有哮喘病人和婴幼儿的住户感到不适。为此，社区居委会向全体居民发出如下倡议：
一、衣物除味尽量在自家阳台或室内完成，不在楼道、电梯间喷洒喷雾。
二、选购除味喷雾时优先选择无香型产品，用量以衣物表面微湿为宜。
三、邻里之间多一分体谅，发现问题可先当面友好沟通，也可联系楼栋长协调。
欢迎大家把这份倡议分享给同楼的邻居，一起守护楼道里的清新空气。
鹦湖社区居委会
2025年5月20日
""",
    ),
    dict(
        slug="gongxiang-doc-contract-foil-boxes-template",
        site="共享文档站 (invented document-sharing site)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://www.gxwdz.example.net/doc/3381740.html",
        title="锡纸餐盒采购合同（范本）",
        record_title="锡纸餐盒采购合同（范本）（可直接打印填写）- 共享文档站",
        date=None,
        notes="contract template with ＿＿ blanks, ×× placeholders and ＿＿年＿＿月＿＿日; 第N条 articles; an "
        "upload stamp is no date; points lock, rating row, upload notice and a service WeChat",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>锡纸餐盒采购合同（范本）（可直接打印填写）- 共享文档站</title><script src="/static/reader.min.js" defer></script></head>
<body>
<div class="gx-hd">⟦m 共享文档站⟧ ⟦m 海量合同范本免费看⟧ <a>⟦a 上传我的文档赚积分⟧</a></div>
<div class="gx-crumb">⟦m 共享文档站 / 合同范本 / 采购合同⟧</div>
<div class="gx-doc">
<h1>{T}</h1>
<div class="gx-meta">⟦m 分享者：合同小管家　更新于 2 天前　格式：DOCX　4.6分（108人评）⟧</div>
<div class="gx-body">
{BODY}
</div>
<div class="gx-lock">⟦a 文档剩余内容需消耗 5 积分解锁，会员免积分⟧</div>
<div class="gx-btn"><a>⟦a 领取可编辑全文⟧</a> <a>⟦a 加入我的收藏夹⟧</a></div>
</div>
<div class="gx-side"><h4>⟦l 合同范本热榜⟧</h4><p>⟦l 餐饮原料采购合同（通用）⟧</p><p>⟦l 一次性餐具供货协议⟧</p></div>
<div class="gx-service">⟦w 文档定制、修改请加客服微信 gxwdz_kf07⟧</div>
<div class="gx-ft">⟦d 站内文档均由网友自行上传，本站不对其合法性负责，使用前请咨询专业人士⟧<br>⟦m 共享文档站 ©2025　鲁ICP备20019376号⟧</div>
</body></html>
""",
        body="""
甲方（采购方）：＿＿＿＿＿＿　乙方（供货方）：××铝箔制品有限公司
第一条　乙方向甲方供应食品级锡纸餐盒，规格为＿＿毫升，数量＿＿只，单价＿＿元，合同总价＿＿元。
第二条　乙方提供的餐盒应符合食品接触用金属材料的国家标准，每批次随货附检验报告。
第三条　乙方于每月＿＿日前将货物送至甲方指定地点，运费由乙方承担。
⟦a 以上为部分预览，下载后可编辑全部条款⟧
第四条　甲方验收发现变形、破损或异味的，有权拒收，乙方应在3日内补足。
第五条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（签章）：＿＿＿＿　乙方（签章）：＿＿＿＿
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="wenjuan-share-rules-hammer-lending-doc",
        site="文卷分享网 (invented document-sharing site)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="text",
        source="http://www.wenjuanfx.example.cn/p/20250611-88142.html",
        title="社区康养驿站理疗器具借用管理制度",
        record_title="社区康养驿站理疗器具借用管理制度.doc",
        date=None,
        notes="file-name record title; 第N条 articles that speak of 扫码登记 as content; a rule with only an "
        "effective clause (no date); an upload notice and a points prompt",
        page="""
!m 文卷分享网 | 规章制度 | 社区管理
!t 社区康养驿站理疗器具借用管理制度.doc
!m 贡献者：wj_3307　　上传于 2025-06-11　　页数：2
!a 【立即下载】　【加入书架】　【手机上看】
{BODY}
!a 全文已展示完毕？下载原文需扣除 3 个文卷豆
!d 文卷分享网所有文档均为用户上传，如您认为侵犯了您的权益，请发邮件至 jubao@wenjuanfx.example.cn
!l 相关文档：社区日间照料中心管理制度　|　老年活动室使用规定
""",
        indent="\u3000\u3000",
        body="""
第一条　为方便辖区老人使用按摩锤、颈部按摩仪等理疗器具，加强器具管理，制定本制度。
第二条　借用人须年满60周岁或持有医生开具的康复建议，凭身份证在驿站前台扫码登记后借用。
第三条　按摩锤每次借用不超过7天，颈部按摩仪不超过3天，到期未还的，暂停其下次借用资格。
第四条　器具归还时由值班人员当面检查，锤头开裂、手柄松动的，借用人应如实说明情况。
第五条　驿站每日用75%酒精擦拭锤头和手柄，每周登记一次器具完好情况。
第六条　本制度自发布之日起施行，由社区居委会负责解释。
""",
    ),
    dict(
        slug="changyang-edu-notice-glasses-chain-pe",
        site="徜阳区教育局 (invented education portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.changyang.example.gov.cn/tzgg/2025/0912/2206.html",
        title="关于体育课和课间活动中规范学生佩戴眼镜链的通知",
        record_title="关于体育课和课间活动中规范学生佩戴眼镜链的通知—通知公告｜徜阳区教育局",
        date="2025-09-10",
        date_also=["2025-09-12"],
        notes="education portal with 适老化/读屏 links; 附件 list beside an attachment download link; the "
        "notice's own 联系人/电话/邮箱 beside the portal's technical line; the portal's date differs from "
        "the 成文日期; sentences about 下载/打印 as content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于体育课和课间活动中规范学生佩戴眼镜链的通知—通知公告｜徜阳区教育局</title><script src="/js/wza-toolbar.js"></script></head>
<body>
<div class="edu-top">⟦m 徜阳区教育局⟧ <a>⟦a 切换长者字号⟧</a> <a>⟦a 开启读屏⟧</a> <a>⟦a 局长信箱⟧</a></div>
<div class="edu-nav">⟦m 首页　教育要闻　通知公告　政务公开　招生考试　教师发展⟧</div>
<div class="edu-crumb">⟦m 首页 ＞＞ 通知公告⟧</div>
<h2 class="edu-title">{T}</h2>
<div class="edu-meta">⟦m 来源：体卫艺科　发布时间：2025-09-12　浏览量：1046⟧</div>
<div class="edu-text">
{BODY}
</div>
<div class="edu-att">⟦a 附件下载：1.眼镜链佩戴情况统计表.xlsx⟧</div>
<div class="edu-pn">⟦l 上一篇：关于做好秋季学期学生近视筛查工作的通知⟧<br>⟦l 下一篇：徜阳区中小学校园足球联赛竞赛规程⟧</div>
<div class="edu-side"><h4>⟦l 专题专栏⟧</h4><p>⟦l 儿童青少年近视防控⟧</p><p>⟦l 校园安全教育周⟧</p></div>
<div class="edu-ft">⟦m 徜阳区教育局　技术支持电话：0758-2217309（工作日）⟧<br>⟦m 粤ICP备13098245号-1⟧</div>
</body></html>
""",
        body="""
各中小学校：
近期，个别学校在体育课和课间活动中发生学生眼镜链被同学拉扯、勾挂导致擦伤的情况。为保障学生活动安全，现就有关事项通知如下：
一、体育课、大课间跑操和球类活动前，体育教师要提醒佩戴眼镜链的学生将链子取下，改戴运动眼镜固定带。
二、班主任要摸清本班佩戴眼镜链学生名单，请各校下载附件表格，填写后于9月26日前报送区教育局体卫艺科。
三、各校可结合开学安全教育，打印《眼镜链安全佩戴提示》张贴在教室后墙。
联系人：林照水　电话：0758-2217265　邮箱：twyk@changyang-edu.example.cn
附件：眼镜链佩戴情况统计表
徜阳区教育局
2025年9月10日
""",
    ),
    dict(
        slug="duoduo-kindergarten-summary-nap-pillows",
        site="徜阳区朵朵幼儿园 (invented kindergarten page on an education portal)",
        style="教育门户",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.cyduoduo.example.edu.cn/yuansuo/2025/0708/319.html",
        title="2025年春季学期午睡抱枕“一人一枕”专项工作总结",
        record_title="【园所动态】2025年春季学期午睡抱枕“一人一枕”专项工作总结",
        date="2025-07-04",
        notes="kindergarten page: a data table one row a paragraph; a photo caption on a line of its own; "
        "a garden-visit prompt glued after a 。; a scan-to-read line at the bottom",
        page="""
!m 徜阳区朵朵幼儿园
!m 首页 · 园所动态 · 保育保健 · 家园共育 · 招生信息
!t 【园所动态】2025年春季学期午睡抱枕“一人一枕”专项工作总结
!m 保健室　发布于 2025-07-08　｜　浏览 233 次
{BODY}
!a 手机扫一扫，把本页发给家长
!l 上一条：大班毕业典礼圆满举行　｜　下一条：暑期安全致家长的一封信
!m 园址：徜阳区凤栖路17号　咨询电话：0758-2239016
""",
        date_also=["2025-07-08"],
        body="""
本学期，我园针对午睡时幼儿混用抱枕、交叉感染风险较高的问题，开展了午睡抱枕“一人一枕”专项工作，现总结如下。
一是配齐用品。为全园9个班227名幼儿每人配备一个可拆洗抱枕，枕套绣上幼儿姓名。⟦a 预约参观请点此登记⟧
二是定期清洗消毒。各班情况如下：
班级类别　班数　清洗频次
小班　3　每周两次
中班　3　每周一次
大班　3　每周一次
⟦m 图：保育员在晾晒刚清洗的抱枕套⟧
三是家园共育。每月最后一个周五请家长带回抱枕晾晒，本学期家长参与率达96%。
本学期全园未发生因共用抱枕引起的皮肤和呼吸道感染。下学期，我们将把抱枕纳入班级卫生日常检查。
徜阳区朵朵幼儿园
2025年7月4日
""",
    ),
    dict(
        slug="liangbo-oa-minutes-foil-slitting-quality",
        site="亮箔科技协同办公平台 (invented OA intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.liangbo.example.local/doc/view.do?id=20251015007",
        title="锡纸分切车间第三季度质量分析会纪要",
        record_title="〔分切车间例会〕锡纸分切车间第三季度质量分析会纪要 - 亮箔协同办公",
        date="2025-10-14",
        notes="OA document view: 时间/地点/主持/参会/记录 lines of minutes (the 时间 line gives the date); a "
        "circulation trail, a read count and a mark-as-read button; the IT desk's extension beside the "
        "document's own contact",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔分切车间例会〕锡纸分切车间第三季度质量分析会纪要 - 亮箔协同办公</title><script src="/oa/js/flow.js?t=20251015"></script></head>
<body>
<div class="oa-top">⟦m 亮箔协同办公⟧ ⟦m 当前用户：质管部 韦一苇⟧ <a>⟦a 退出系统⟧</a></div>
<div class="oa-menu">⟦m 待办事项　公文流转　会议管理　知识文库　通讯录⟧</div>
<div class="oa-doc">
<h3>{T}</h3>
<div class="oa-info">⟦m 拟稿：生产部　密级：内部　已读 43 人⟧</div>
{BODY}
<div class="oa-btn"><button>⟦a 确认已阅⟧</button><button>⟦a 转发同事⟧</button></div>
<table class="oa-flow"><tr><th>⟦m 流转记录⟧</th></tr>
<tr><td>⟦m 2025-10-15 09:12　生产部 邹远山　发起⟧</td></tr>
<tr><td>⟦m 2025-10-15 10:40　质管部 韦一苇　已阅⟧</td></tr></table>
</div>
<div class="oa-ft">⟦m 信息中心运维分机：8016⟧ ⟦d 内部资料，严禁外传⟧</div>
</body></html>
""",
        body="""
时间：2025年10月14日14:30
地点：二号楼三楼会议室
主持：邹远山
参会：分切车间、质管部、设备部、仓储部负责人及班组长
记录：韦一苇
会议通报了第三季度锡纸卷分切质量情况，议定事项如下：
一、三季度共分切锡纸卷41.6万卷，客户投诉11起，其中毛边6起、卷芯松动3起、长度不足2起。
二、设备部于10月底前更换2号、4号分切机刀片，并建立刀片更换台账。
三、质管部将卷长抽检比例由2%提高到5%，抽检结果每日在车间看板公示。
四、仓储部对受潮锡纸卷单独隔离存放，不得混入成品区。
如有疑问请联系质管部，分机8123。
""",
    ),
    dict(
        slug="qingshuang-intranet-bulletin-spray-nozzle",
        site="清爽日化内网 (invented enterprise intranet)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://intra.qingshuang.example.local/news/tb/2025-114.htm",
        title="关于灌装二线衣物除味喷雾喷头漏液问题的通报",
        date="2025-11-18",
        notes="record title as is; 文号 line neutral; 印发 line; an intranet print/favourite row and an IT "
        "helpdesk line; a 'back to list' link on a line of its own inside the body",
        page="""
!m 清爽日化 · 员工之家
!m 内网首页 → 公司公告 → 通报
{T}
清爽〔2025〕质字第114号
!m 发布部门：质量管理部　　阅读：318　　附件：无
!a [打印本页] [存入个人收藏] [关闭]
{BODY}
!m IT服务台：分机6000　　本页面仅限公司内网访问
""",
        body="""
各车间、部门：
11月12日至14日，灌装二线生产的500毫升衣物除味喷雾连续出现喷头漏液，共返工成品2316瓶，直接损失约1.1万元。经调查，原因是新批次喷头与瓶口螺纹公差偏大，来料检验只抽查了外观，未做密封试验。
⟦l ← 返回通报列表⟧
为此，公司对质管部来料检验组提出通报批评，并要求：一、所有喷头来料增加倒置24小时密封试验；二、灌装线每两小时抽取10瓶做挤压测试；三、采购部于11月底前约谈喷头供应商。
各单位要举一反三，严防类似问题再次发生。
清爽日化有限公司
2025年11月18日
印发：公司领导，各车间、部门
""",
    ),
    dict(
        slug="wenda-qa-glasses-chain-loosens-temples",
        site="问答驿 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wendayi.example.com/question/61093378.html",
        title="戴眼镜链时间长了会不会把镜腿拉松？",
        record_title=None,
        date=None,
        notes="no record title: the question; an adopted-answer badge, vote bar and more answers; answered "
        "2 天前 (no date); an 'expand' action glued after a 。",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>问答驿 - 有问题，就来问</title><script>window.QID=61093378;</script></head>
<body>
<div class="wd-head">⟦m 问答驿⟧ <a>⟦a 我要提问⟧</a> <a>⟦a 登录或注册驿站账号⟧</a></div>
<div class="wd-crumb">⟦m 问答驿 › 生活 › 眼镜配饰⟧</div>
<div class="wd-q"><h1>{T}</h1>
<p>⟦m 提问者：蓝天里的小鱼　　3人关注此问题⟧</p></div>
<div class="wd-best"><span>⟦m ✔ 提问者采纳⟧</span>
<div class="wd-author">⟦m 答主：配镜师梁半山　　回答于 2 天前⟧</div>
{BODY}
<div class="wd-vote">⟦a 有帮助 128　　没帮助 3　　评论 7⟧</div></div>
<div class="wd-more"><h3>⟦l 其他 4 条回答⟧</h3>
<p>⟦l 隔壁老陈：我戴了五年也没松，看镜架质量⟧</p></div>
<div class="wd-rel">⟦l 相关问题：老花镜挂脖子上会不会压坏镜片？⟧</div>
<div class="wd-ft">⟦m ©2025 问答驿　京ICP备18050724号-2⟧</div>
</body></html>
""",
        body="""
一般不会，但要看链子的重量和挂法。眼镜链的套圈是套在镜腿末端的，平时眼镜戴在脸上时，链子的重量大部分落在脖子上，对镜腿的拉力很小。⟦a 点击展开全部回答⟧
真正容易把镜腿拉松的是两种情况：一是链子太重，比如粗金属链、大串珠；二是眼镜摘下来挂在胸前时，经常被手或包带扯一下。
我的建议：选择单条重量在10克以内的链子；套圈尽量套到镜腿最末端；每隔两三个月到眼镜店紧一次铰链螺丝，一般是免费的。
""",
    ),
    dict(
        slug="zhizao-qa-foil-shiny-side",
        site="知灶网 (invented cooking Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.zhizao.example.net/wenda/77120.html",
        title="锡纸亮面和哑面哪面朝食物？",
        record_title="锡纸亮面和哑面哪面朝食物？_厨事问答_知灶网",
        date=None,
        notes="Q&A with a question line, an answerer line with 昨天 (no date), a like row, more answers and a "
        "cooking-course ad on a line of its own inside the answer",
        page="""
!m 知灶网 | 厨事问答
!t 锡纸亮面和哑面哪面朝食物？
!m 提问：厨房新手阿豆　　浏览 5,721
!m 最佳回答　　答主：烘焙老师傅曹青梧　　昨天 19:06
{BODY}
!a 赞同 342　　反对 5　　收藏
!l 查看另外 11 个回答 ＞
!l 你可能也想问：锡纸能不能直接放在空气炸锅底部？
!m 知灶网 · 让做饭简单一点
""",
        body="""
其实两面都可以接触食物，区别没有网上说的那么大。
锡纸的一面亮、一面哑，是生产时最后一道轧制造成的：两层铝箔叠在一起轧，贴着轧辊的一面被压得光亮，两层之间相贴的一面就是哑光的。两面的材料完全一样，都能接触食物。
⟦a 零基础烘焙课，限时体验价9.9元⟧
如果一定要讲究，烤制时亮面朝外能多反射一点热量，适合想慢一点上色的食物；哑面朝外吸热稍快。家用烤箱里这点差别基本吃不出来。
需要提醒的是，锡纸不要接触酸性较强的食物，比如番茄、柠檬汁腌过的肉，长时间接触会有少量铝溶出。
""",
    ),
]
