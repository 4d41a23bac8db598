"""holdout237, part E: enterprise intranets, hospitals, colleges, tender portals and law firms.
Every page, site, place, person and number is invented."""

CASES = [
    dict(
        slug="intranet-duxing-oa-minutes-protective-suits",
        site="笃行OA (invented enterprise OA, document view)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.xinyuan-chem.local/doc/view.do?id=20240415007",
        title="防护服管理专题会议纪要",
        record_title="防护服管理专题会议纪要（第7期）- 笃行OA - 公文流转",
        date="2024-04-12",
        date_also=["2024-04-15"],
        notes="OA document view: approval trail (流转记录), read count and a 标记已阅 button; the minutes' "
        "时间/地点/主持/参会/记录 lines stay in the body; the meeting date is the date, the OA issue date differs",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>防护服管理专题会议纪要（第7期）- 笃行OA - 公文流转</title>
<script src="/oa/static/js/oa-core.js"></script>
</head>
<body>
<div class="oa-top">⟦m 笃行OA · 滘江鑫源化工有限公司⟧ <span>⟦m 当前用户：韦佳（安环部）⟧</span> <a>⟦a 退出⟧</a></div>
<div class="oa-menu">⟦m 待办⟧ ⟦m 已办⟧ ⟦m 公文流转⟧ ⟦m 通讯录⟧ ⟦m 知识库⟧</div>
<div class="oa-doc">
<table class="doc-head">
<tr><td>⟦m 文种：会议纪要⟧</td><td>⟦m 密级：公司内部⟧</td></tr>
<tr><td>⟦m 拟稿部门：安环部⟧</td><td>⟦m 发文日期：2024-04-15⟧</td></tr>
</table>
<h2>{T}</h2>
<p class="qh">（第7期）</p>
{BODY}
<div class="oa-btns"><button>⟦a 标记已阅⟧</button><button>⟦a 转发他人⟧</button><button>⟦a 另存PDF副本⟧</button></div>
<div class="oa-flow">
<h4>⟦m 流转记录⟧</h4>
<p>⟦m 2024-04-15 09:02　韦佳　拟稿⟧</p>
<p>⟦m 2024-04-15 10:40　侯振宇　审核通过⟧</p>
<p>⟦m 2024-04-15 11:15　办公室　分发至各部门⟧</p>
</div>
<div class="oa-read">⟦m 已阅 41 人　未阅 6 人⟧</div>
</div>
<div class="oa-foot">⟦m 笃行OA v6.2　信息中心维护　分机 8010⟧</div>
</body>
</html>
""",
        body="""
时间：2024年4月12日14:30
地点：公司办公楼三楼会议室
主持：副总经理　侯振宇
参会：安环部、生产部、仓储部、各车间主任
记录：安环部　韦佳
会议听取了安环部关于一季度防护服使用情况的汇报，研究了存在的问题，议定事项如下：
一、由仓储部牵头，4月底前完成全部化学防护服的清点，建立“一服一码”台账，过期的一律报废。
二、各车间每月组织一次防护服穿脱演练，安环部随机抽查。
三、同意采购C级化学防护服60套，费用从安全生产费用中列支。
四、更衣室增设防护服专用挂架，禁止将防护服与工作服混放。
""",
    ),
    dict(
        slug="intranet-huangyang-power-circular-no-gloves",
        site="艎阳供电公司内网 (invented intranet, text)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://portal.hygd.sgcc.local/aqjc/tb/2024/0816_0193.html",
        title="关于一起未戴绝缘手套进行低压作业违章行为的通报",
        date="2024-08-16",
        notes="title given by the record; intranet chrome (login user, read count, mark-as-read); an internal "
        "forwarding line glued after a sentence; 抄送 line; 成文日期 under the signature",
        page="""
!m 艎阳供电公司企业门户（内网）
!m 首页 > 安全监察 > 违章通报
!m 用户：营销部-汤某　｜　今日待办 3 件
{T}
!m 发布部门：安全监察部　发布时间：2024-08-16 16:20　已读：512
{BODY}
!a 【标为已读】【转发至班组群】【打印】
!l 相关通报：关于7月份反违章督查情况的通报
!m 信息中心技术支持：内线 6110
""",
        indent="\u3000\u3000",
        body="""
各供电所、各班组：
8月12日，公司安全督查队在堍桥供电所辖区开展现场督查时，发现该所外勤班员工在更换低压计量箱时未戴绝缘手套，徒手拆接带电导线，工作负责人也未及时制止。
这一行为严重违反《电力安全工作规程》，虽未造成后果，但性质恶劣。经研究，决定对当事员工扣减当月绩效，离岗培训一周；对工作负责人予以通报批评；对堍桥供电所扣减本季度安全考核分5分。⟦a （本条已推送至各所安全员）⟧
各单位要以此为戒，立即开展一次绝缘工器具使用专项检查，8月底前将检查情况报安全监察部。
艎阳供电公司安全监察部
2024年8月16日
抄送：公司领导，工会。
""",
    ),
    dict(
        slug="hospital-liuchuan-notice-suit-training-schedule",
        site="罶川县人民医院 (invented county hospital)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.lcxrmyy.com/yygg/2024/0325/1467.html",
        title="关于开展全院护理人员防护服穿脱培训考核的通知",
        record_title="关于开展全院护理人员防护服穿脱培训考核的通知（护理部）- 罶川县人民医院 - 医院公告",
        date="2024-03-25",
        notes="hospital site: booking float, 24-hour line, experts list; a schedule table; the notice's own "
        "联系人/电话 beside the hospital's switchboard and booking line; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于开展全院护理人员防护服穿脱培训考核的通知（护理部）- 罶川县人民医院 - 医院公告</title>
</head>
<body>
<div class="hos-top">⟦m 罶川县人民医院　二级甲等综合医院⟧ <span>⟦m 24小时急救电话：0737-4200120⟧</span></div>
<div class="hos-nav">⟦m 首页⟧ ⟦m 医院概况⟧ ⟦m 科室导航⟧ ⟦m 专家介绍⟧ ⟦m 就医指南⟧ ⟦m 医院公告⟧</div>
<div class="hos-pos">⟦m 当前位置：首页 - 医院公告⟧</div>
<div class="hos-art">
<h1>{T}</h1>
<div class="hos-info">⟦m 发布：护理部　日期：2024-03-25　浏览：736⟧</div>
{BODY}
</div>
<div class="hos-side">
<h4>⟦l 专家坐诊⟧</h4>
<p>⟦l 周一　呼吸内科　滕主任医师⟧</p>
<p>⟦l 周三　感染科　骆副主任医师⟧</p>
</div>
<div class="float-yy">⟦a 微信预约挂号⟧ ⟦a 报告查询⟧</div>
<div class="hos-foot">
<p>⟦m 地址：罶川县健康路9号　总机：0737-4200000　预约挂号：0737-4200188⟧</p>
<p>⟦m 湘ICP备11002763号⟧</p>
</div>
</body>
</html>
""",
        body="""
各临床科室、医技科室：
为提高全院护理人员的职业防护能力，护理部决定于4月开展防护服穿脱培训考核。现将有关事项通知如下：
一、培训考核安排
批次　日期　科室
第一批　4月8日　急诊科、感染科、呼吸内科
第二批　4月10日　重症医学科、手术室、儿科
第三批　4月12日　其余临床和医技科室
二、考核方式为现场实操，考核不合格者一周内补考。
三、各科室护士长要提前组织本科室人员观看培训视频。
联系人：护理部　戚雨涵　电话：0737-4200316
罶川县人民医院护理部
2024年3月25日
""",
    ),
    dict(
        slug="hospital-duanhu-eye-ortho-k-lens-case-cleaning",
        site="簖湖市眼科医院 (invented eye hospital, text)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="text",
        source="http://www.dhykyy.com/jkkp/2024/0612/305.html",
        title="角膜塑形镜的镜盒，你洗对了吗？",
        record_title="【护眼小课堂】角膜塑形镜的镜盒，你洗对了吗？ - 簖湖市眼科医院",
        date=None,
        notes="hospital health article: a booking line glued after a sentence, a consult prompt between "
        "paragraphs; a numbered list; an update stamp with a relative time is no date",
        page="""
!m 簖湖市眼科医院
!m 首页 > 健康科普 > 视光知识
!t 【护眼小课堂】角膜塑形镜的镜盒，你洗对了吗？
!m 作者：眼视光门诊　更新：5 天前　阅读 2207
{BODY}
!a 转发给有孩子戴塑形镜的家长
!l 推荐阅读：孩子戴塑形镜，这五种情况要停戴
!m 医院地址：簖湖市光明路120号　预约电话：0731-8809120
!d 科普内容仅供参考，不能替代医生面诊
""",
        body="""
很多家长每天认真清洗孩子的角膜塑形镜，却忽略了装镜片的镜盒。其实，镜盒是最容易滋生细菌的地方之一。
眼视光门诊的护士提醒，镜盒的清洁要做到以下几点：
1.每天早上取出镜片后，倒掉盒内护理液，用流动的温水冲洗镜盒，开口朝下晾干。
2.每周用专用刷子刷洗一次镜盒的螺纹和凹槽。
3.镜盒每三个月更换一次，出现划痕、变色应立即更换。⟦a 【在线预约视光复查】⟧
4.镜盒不要放在卫生间，以免潮湿和细菌污染。
⟦w 视光师在线答疑：添加微信 dhyk_shiguang⟧
另外，外出时装框架眼镜的眼镜盒也要经常清洁，不要和钥匙、硬币放在一起。
如孩子出现眼红、眼痛、畏光等情况，应立即停戴并及时到医院就诊。
""",
    ),
    dict(
        slug="college-duanhu-news-selfie-stick-station-h1",
        site="簖湖学院 (invented college news site)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.dhxy.edu.cn/info/1021/58830.htm",
        title="毕业季校园“自拍杆驿站”开张，一千余名毕业生可免费借用",
        record_title=None,
        date="2024-06-21",
        notes="no title in the record: the news page's <h1>; a dotted date in the info line is the page's date; "
        "文/图/审核 line glued after the last paragraph; campus nav and quick links",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>簖湖学院新闻网</title>
<link rel="stylesheet" href="/style/news.css">
</head>
<body>
<div class="xy-head">⟦m 簖湖学院新闻网⟧ <span>⟦m 明德　笃行　博学　致远⟧</span></div>
<div class="xy-nav">⟦m 学院首页⟧ ⟦m 综合新闻⟧ ⟦m 校园快讯⟧ ⟦m 学子风采⟧ ⟦m 媒体簖院⟧</div>
<div class="xy-pos">⟦m 您的位置：首页 > 校园快讯 > 正文⟧</div>
<div class="xy-art">
<h1>{T}</h1>
<div class="xy-info">⟦m 2024.06.21　来源：团委　点击：⟧<span>⟦m 1547⟧</span></div>
{BODY}
</div>
<div class="xy-quick">⟦l 快速通道：教务系统 | 图书馆 | 校园邮箱 | 信息门户⟧</div>
<div class="xy-foot">⟦m 簖湖学院党委宣传部　地址：簖湖市学府大道1号　邮编：414000⟧</div>
</body>
</html>
""",
        body="""
6月20日，学校团委和学生会在图书馆广场设立的毕业季“自拍杆驿站”正式开张，为毕业生免费借用自拍杆、三脚架和补光灯。
驿站首批准备了自拍杆120根，毕业生凭校园卡即可借用，当天归还。开张首日，就有300多名毕业生前来借用，不少同学拿着自拍杆在钟楼前、樱花道上拍下毕业合影。
“自拍杆都是学生会同学利用课余时间维修、消毒的。”驿站负责人、学生会生活部部长冼可欣介绍，驿站将开放至7月5日，预计服务毕业生1000余人次。
学校保卫处同时提醒，请大家不要在楼顶、湖边护栏外等危险位置使用自拍杆拍照。⟦m （文/程一诺　图/学生记者团　审核/付向东）⟧
""",
    ),
    dict(
        slug="college-liuchuan-training-centre-rules-gloves-record",
        site="罶川职业技术学院 (invented vocational college, text)",
        style="高校官网",
        genre="制度",
        kind="other",
        form="text",
        source="http://sxzx.lczy.edu.cn/gzzd/2024/0903/772.html",
        title="电工电子实训中心绝缘防护用品管理规定",
        date=None,
        notes="title given by the record; 第N条 articles that speak of 充气检查 and 登记簿; an effective clause "
        "only: no date; a college footer with a mailbox",
        page="""
!m 罶川职业技术学院　电工电子实训中心
!m 中心首页 | 中心概况 | 规章制度 | 实训预约 | 下载专区
!m 当前位置：规章制度
{T}
!m 作者：实训中心　点击：388　更新时间：2024-09-03
{BODY}
!a [打印] [收藏] [关闭]
!l 上一篇：实训室学生守则
!l 下一篇：实训中心设备借用办法
!m 版权所有：罶川职业技术学院　电子邮箱：sxzx@lczy.edu.cn
""",
        indent="\u3000\u3000",
        body="""
第一条　为加强实训中心绝缘防护用品管理，保障师生实训安全，制定本规定。
第二条　本规定所称绝缘防护用品，包括绝缘手套、绝缘鞋、绝缘垫和绝缘工具。
第三条　学生进行强电实训前，须在指导教师监督下领取绝缘手套，并当面完成充气检查。
第四条　绝缘手套实行编号管理，领用、归还均须在登记簿上签字，损坏的应如实报告，不得私自丢弃。
第五条　实训中心每学期开学前将全部绝缘手套送检，检验合格后方可使用。
第六条　未按规定佩戴绝缘手套进行强电操作的，指导教师应立即停止其实训。
第七条　本规定由实训中心负责解释，自发布之日起施行。
""",
    ),
    dict(
        slug="tender-huangyang-inquiry-insulating-gloves-lots",
        site="艎阳供电电子采购平台 (invented tender portal)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="html",
        source="https://ec.hygd-cg.com/notice/xj/2024050600312.html",
        title="艎阳供电公司2024年绝缘工器具采购询价公告",
        record_title="〖采购信息〗艎阳供电公司2024年绝缘工器具采购询价公告-艎阳供电电子采购平台",
        record_date="2024-05-06",
        date="2024-05-06",
        notes="tender portal: a countdown, CA and trading-system help lines beside the purchaser's and agency's "
        "own contacts; a lots table; date given by the record",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〖采购信息〗艎阳供电公司2024年绝缘工器具采购询价公告-艎阳供电电子采购平台</title>
<script src="/js/countdown.js"></script>
</head>
<body>
<div class="cg-top">⟦m 艎阳供电电子采购平台⟧ <a>⟦a 供应商登录⟧</a> <a>⟦a 供应商注册⟧</a></div>
<div class="cg-nav">⟦m 首页⟧ ⟦m 采购公告⟧ ⟦m 变更公告⟧ ⟦m 结果公示⟧ ⟦m 政策法规⟧</div>
<div class="cg-pos">⟦m 首页 &gt; 采购公告 &gt; 询价公告⟧</div>
<div class="cg-art">
<h2>{T}</h2>
<div class="cg-info">⟦m 项目编号：HYGD-XJ-2024-031　发布时间：2024-05-06　浏览：619⟧</div>
<div class="cg-count">⟦a 距报价截止还剩：09天23时14分⟧</div>
{BODY}
<div class="cg-btn">⟦a 我要报价⟧ ⟦a 获取询价文件包⟧</div>
</div>
<div class="cg-help">
<p>⟦m CA证书办理咨询：400-660-2718⟧</p>
<p>⟦m 交易系统操作热线：0736-7100990（工作日）⟧</p>
</div>
<div class="cg-foot">⟦m 艎阳供电电子采购平台　湘ICP备20011785号⟧</div>
</body>
</html>
""",
        body="""
艎阳供电公司2024年绝缘工器具采购项目已具备采购条件，现进行询价采购，欢迎符合条件的供应商参加报价。
一、采购内容
序号　品名　规格　数量
1　带电作业绝缘手套　1级　300副
2　带电作业绝缘手套　2级　120副
3　绝缘靴　25kV　200双
二、供应商须具有有效的电力安全工器具检验报告。
三、报价截止时间：2024年5月16日17:00，请于截止时间前将报价文件密封送达。
采购人：艎阳供电公司　联系人：祁工　电话：0736-7102448
代理机构：艎阳中衡招标咨询有限公司　联系人：温女士　电话：0736-7218835
""",
    ),
    dict(
        slug="tender-duanhu-award-glasses-cases-school",
        site="簖湖公共资源交易网 (invented tender portal, text)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="text",
        source="http://ggzy.duanhu.gov.cn/jyxx/zfcg/zbgg/20240927/8813.html",
        title="簖湖市教育局近视学生眼镜盒采购项目中标结果公告",
        record_title="[中标结果] 簖湖市教育局近视学生眼镜盒采购项目中标结果公告 - 簖湖公共资源交易网",
        date="2024-09-27",
        notes="bid result: numbered items, a one-row goods table, purchaser and agency contacts beside the "
        "platform's CA line; a countdown of the publicity period; 成文日期 under the agency's signature",
        page="""
!m 簖湖公共资源交易网
!m 交易信息 › 政府采购 › 中标（成交）公告
{T}
!m 信息来源：簖湖睿信项目管理有限公司　发布时间：2024-09-27 15:31
!a 【打印公告】　【关闭】　【加入收藏】
{BODY}
!a 公示期剩余：0天18小时
!m 平台CA服务热线：400-718-2206　系统运维：0731-8890300
!m 簖湖市公共资源交易中心主办　湘ICP备09017640号
""",
        body="""
一、项目编号：DHJY-2024-0917
二、项目名称：簖湖市教育局近视学生眼镜盒采购项目
三、中标信息
供应商名称：笱溪县明视眼镜盒厂
中标金额：人民币贰拾捌万陆仟元整（￥286000.00）
四、主要标的信息
品名　规格　数量　单价
硬壳眼镜盒（含眼镜布）　160×60×40mm　52000只　5.50元
五、公告期限：自本公告发布之日起1个工作日。
六、凡对本次公告内容提出询问，请按以下方式联系：
采购人：簖湖市教育局　联系人：柴老师　电话：0731-8546023
代理机构：簖湖睿信项目管理有限公司　电话：0731-8890215
簖湖睿信项目管理有限公司
2024年9月27日
""",
    ),
    dict(
        slug="lawfirm-hengshi-case-selfie-stick-eye-injury",
        site="衡石律师事务所 (invented law firm)",
        style="律所网站",
        genre="案例解析",
        kind="other",
        form="html",
        source="https://www.hengshilaw.cn/anli/2024/1103.html",
        title="游客被他人自拍杆戳伤眼睛，景区要担责吗？",
        record_title="法眼看案 | 游客被他人自拍杆戳伤眼睛，景区要担责吗？｜衡石律所",
        date=None,
        notes="law firm: lawyer card, consult float, 400 line, a repost notice; bracketed 【案情】 headings stay "
        "in the body; a case note has no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>法眼看案 | 游客被他人自拍杆戳伤眼睛，景区要担责吗？｜衡石律所</title>
</head>
<body>
<div class="law-top">⟦m 衡石律师事务所　HENGSHI LAW FIRM⟧ <span>⟦m 全国免费咨询：400-815-3370⟧</span></div>
<div class="law-nav">⟦m 首页⟧ ⟦m 律所简介⟧ ⟦m 专业领域⟧ ⟦m 律师团队⟧ ⟦m 典型案例⟧ ⟦m 联系我们⟧</div>
<div class="law-pos">⟦m 首页 / 典型案例 / 人身损害⟧</div>
<div class="law-art">
<h1>{T}</h1>
<div class="law-meta">⟦m 栏目：典型案例　作者：衡石律所人身损害团队　阅读：1960⟧</div>
{BODY}
<div class="law-repost">⟦d 本文为衡石律所原创，转载请注明出处并保留作者信息⟧</div>
</div>
<div class="law-card">
<p>⟦m 宁婉之　执业律师⟧</p>
<p>⟦m 擅长：人身损害赔偿、旅游纠纷⟧</p>
<p>⟦w 手机/微信：139 7315 2240⟧</p>
</div>
<div class="float-zx">⟦w 在线免费咨询，律师10分钟内回复⟧</div>
<div class="law-foot">⟦m 衡石律师事务所　地址：簖湖市中山路66号金融大厦12楼　湘ICP备17009921号⟧</div>
</body>
</html>
""",
        body="""
【案情】2023年国庆假期，游客刘某在某景区观景台排队时，被身旁游客王某突然甩开的自拍杆戳中左眼，造成角膜损伤。刘某起诉王某和景区，要求赔偿医疗费、误工费等共计3.2万元。
【法院观点】法院审理认为，王某在人员密集的观景台挥动自拍杆，未尽到合理注意义务，应承担主要责任。景区在节假日未采取限流措施，也未对使用自拍杆作出提示，未尽到安全保障义务，应承担相应的补充责任。
⟦l 相关阅读：景区游玩受伤，如何主张赔偿？⟧
【律师提示】在人多的地方使用自拍杆，要收短杆身、注意周围；景区作为经营者，应在高峰时段做好限流和安全提示。遇到类似伤害，要及时就医、保存票据，并请现场工作人员固定证据。
""",
    ),
    dict(
        slug="lawfirm-bingheng-letter-net-cage-damage",
        site="秉衡律师事务所 (invented law firm, text)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.binghenglaw.com/wenshu/2024/0603/88.html",
        title="关于要求赔偿网箱渔网损失的律师函",
        record_title="律师函（文本示范）｜关于要求赔偿网箱渔网损失的律师函 - 秉衡律师事务所",
        date="2024-06-03",
        notes="a lawyer's letter published as a sample (names masked with ××/某某); the letter's own 联系人/电话 "
        "beside the firm's consult line; 成文日期 under the signature",
        page="""
!m 秉衡律师事务所 | 专注水上交通与渔业纠纷
!m 首页 › 法律文书 › 律师函
!t 律师函（文本示范）｜关于要求赔偿网箱渔网损失的律师函
!m 发布人：秉衡律所　阅读：514
{BODY}
!w 遇到类似纠纷？拨打秉衡法律咨询专线 0731-8327000
!l 同类文书：关于催告支付货款的律师函｜关于停止侵权的律师函
!d 本站文书仅供参考，具体案件请咨询执业律师
!m 秉衡律师事务所　湘ICP备18025503号
""",
        indent="\u3000\u3000",
        body="""
××航运有限公司：
簖湖秉衡律师事务所受养殖户蒋某某委托，就贵公司船舶损毁其养殖网箱渔网一事，致函如下：
2024年5月19日夜间，贵公司所属“滘航168”号运砂船驶出航道，冲入滘河滘西段养殖区，将我方委托人设置的6口网箱渔网撞破、拖毁，网箱内约2800斤鲈鱼逃逸。当地海事部门已出具事故调查记录。
根据《中华人民共和国民法典》有关规定，贵公司应当对上述损失承担赔偿责任。请贵公司在收到本函之日起十日内与本所律师联系，协商赔偿事宜。逾期未予回复的，我方将依法提起诉讼。
特此函告。
联系人：孔律师　电话：0731-8327704
簖湖秉衡律师事务所
2024年6月3日
""",
    ),
]
