"""holdout119, part C: race walking (竞走) teams, meets and referees. Invented text."""

CASES = [
    dict(
        slug="university-jingchuan-racewalk-team-news-html",
        site="荆川师范学院体育学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://tyxy.jcnu.edu.cn/info/1021/6634.htm",
        title="我院竞走队在全省大学生田径锦标赛上获两金一银",
        record_title="我院竞走队在全省大学生田径锦标赛上获两金一银-荆川师范学院体育学院",
        date="2025-05-19",
        notes="university school page; photographer/editor line glued after the last paragraph; caption between paragraphs",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>我院竞走队在全省大学生田径锦标赛上获两金一银-荆川师范学院体育学院</title></head><body>
<div class="header">⟦m 荆川师范学院　体育学院⟧ <span>⟦m 学院首页 · 学校主页 · English⟧</span></div>
<div class="nav">⟦m 学院概况 学科建设 人才培养 学生工作 党建工作⟧</div>
<div class="lm">⟦m 学院新闻⟧ ⟦m 当前位置：首页 &gt;&gt; 学院新闻 &gt;&gt; 正文⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 作者：何一舟　来源：体育学院　发布时间：2025-05-19　点击数：⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="fx">⟦l 【分享到】 微信 微博⟧ ⟦a 【关闭窗口】⟧</div>
<div class="foot">⟦m 地址：荆川市学府路9号　邮编：434102⟧<br>⟦m Copyright © 荆川师范学院体育学院⟧</div>
</body></html>
""",
        body="""
5月16日至18日，全省大学生田径锦标赛在栖霞体育中心举行。我院竞走队派出6名队员参赛，获得男子20公里竞走、女子10公里竞走两枚金牌和男子10公里竞走一枚银牌。
⟦l 图为我院选手在女子10公里竞走比赛中⟧
女子10公里竞走比赛中，2022级运动训练专业学生汪小禾从第五公里开始领先，最终以47分12秒的成绩夺冠，比个人最好成绩提高了近一分钟。
竞走队主教练邹明介绍，去年冬训以来，队伍重点加强了技术规范训练，本次比赛全队没有一人被判犯规罚下。⟦m （摄影：田路　编辑：杨帆　审核：宋文）⟧
""",
    ),
    dict(
        slug="news-yunzhou-racewalk-city-race-html",
        site="云州日报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.yunzhou-daily.com.cn/ty/2025-10/13/c_74411.htm",
        title="首届云州城市竞走大赛鸣枪 千余名选手健步环湖",
        record_title=None,
        date="2025-10-12",
        record_date="2025-10-12",
        notes="news portal; title glued to the lead in a 讯 line; hot list sidebar; responsible editor line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>首届云州城市竞走大赛鸣枪 千余名选手健步环湖_云州日报网</title></head><body>
<div class="top">⟦m 云州日报网 云州第一新闻门户⟧ ⟦a 客户端下载⟧ ⟦a 登录⟧</div>
<div class="channel">⟦m 首页 | 时政 | 城事 | 体育 | 文旅 | 视频⟧</div>
<div class="path">⟦m 云州日报网 > 体育 > 本地体育⟧</div>
<h1>{T}</h1>
<div class="src">⟦m 2025-10-12 19:05　来源：云州日报　记者 包晓岚⟧ ⟦a 字号 A+ A-⟧</div>
<div class="article">
{BODY}
</div>
<div class="zb">⟦m 【责任编辑：潘晨】⟧</div>
<aside><div class="hot">⟦l 24小时热榜⟧</div><ol><li>⟦l 云州地铁2号线试运行时间公布⟧</li><li>⟦l 环湖路周末限行安排⟧</li></ol></aside>
<div class="copyright">⟦d 云州日报社版权所有，未经书面授权禁止转载⟧ ⟦m 互联网新闻信息服务许可证编号：43120200027⟧</div>
</body></html>
""",
        body="""
本报讯　10月12日上午，首届云州城市竞走大赛在镜湖公园鸣枪开赛。来自全市的1260名选手参加了5公里公开组、3公里青少年组和2公里家庭组三个组别的比赛。
与跑步不同，竞走要求运动员始终有一只脚与地面保持接触，前腿着地时膝关节必须伸直。赛道沿线设置了12个裁判点，对选手的技术进行监督，犯规三次将被取消成绩。
“第一次参加竞走比赛，比想象中难，腿一弯就被举了黄牌。”来自城东街道的参赛者唐女士笑着说。
据了解，本次大赛由市体育局、市总工会主办，今后每年举办一届。
""",
    ),
    dict(
        slug="pta-huaiyang-racewalk-coach-recruit-text",
        site="槐阳市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.hyrsks.gov.cn/kszx/sydw/202503/t20250307_5512.html",
        title="槐阳市体育运动学校2025年公开招聘竞走项目教练员公告",
        record_title="槐阳市体育运动学校2025年公开招聘竞走项目教练员公告（第1号）",
        date="2025-03-07",
        record_date="2025-03-07",
        notes="exam site; exam-info hotline chrome vs the school's own 咨询电话; schedule table; 下载/打印 as content",
        page="""
!m 槐阳市人事考试网　官方发布　权威准确
!m 当前位置：首页 ▸ 考试资讯 ▸ 事业单位招聘
!t 槐阳市体育运动学校2025年公开招聘竞走项目教练员公告（第1号）
!m 信息来源：市人社局　发布日期：2025-03-07　字体：【大 中 小】
!a 【打印本页】　【关闭】
{BODY}
!a 附件下载：报名登记表.doc（请点击下载）
!m 考试服务咨询：0719-8123660（仅限网站技术问题）
!l 上一篇：2025年上半年中小学教师资格考试面试公告
!l 下一篇：槐阳市第一人民医院招聘护理人员公告
""",
        body="""
根据工作需要，经市人社局审核同意，槐阳市体育运动学校面向社会公开招聘竞走项目教练员2名。现将有关事项公告如下：
一、招聘条件：具有国家一级运动员及以上等级称号（竞走项目），本科及以上学历，年龄在35周岁以下。
二、报名方式：报名人员请登录市人事考试网下载并填写报名登记表，连同有关证书扫描件发送至hyty_zp@163.com。
三、时间安排
环节　时间　地点
报名　3月10日—3月17日　网上报名
专项测试　3月29日　市体育中心田径场
面试　4月12日　市体育运动学校
四、专项测试和面试准考证请于考前三天登录网站自行打印。
咨询电话：0719-8337104（市体育运动学校人事科）
槐阳市人力资源和社会保障局
2025年3月7日
""",
    ),
    dict(
        slug="edu-tongling-racewalk-school-sports-html",
        site="桐岭县教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.tongling-xian.edu.cn/tzgg/2025/0902-118.html",
        title="关于将竞走列入2025年全县中小学生田径运动会比赛项目的通知",
        record_title="关于将竞走列入2025年全县中小学生田径运动会比赛项目的通知 - 桐岭县教育信息网",
        date="2025-09-02",
        notes="education portal; 文号 neutral; attachments list; 抄送 line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于将竞走列入2025年全县中小学生田径运动会比赛项目的通知 - 桐岭县教育信息网</title></head><body>
<div class="logo">⟦m 桐岭县教育信息网⟧ <span>⟦m 立德树人　办人民满意的教育⟧</span></div>
<div class="menu">⟦m 首页 教育动态 通知公告 政务公开 招生考试 资源下载⟧</div>
<div class="crumbs">⟦m 首页 ＞ 通知公告⟧</div>
<div class="title"><h2>{T}</h2></div>
<p class="wh">桐教体〔2025〕19号</p>
<div class="meta">⟦m 发布人：体卫艺股　时间：2025年09月02日　浏览：2306⟧</div>
<div class="body">
{BODY}
</div>
<div class="ft">⟦m 桐岭县教育局主办　技术支持：桐岭电教馆⟧ ⟦m 备案号：黔ICP备12004816号⟧</div>
</body></html>
""",
        body="""
各中小学校：
为丰富学校田径运动项目，经研究，决定将竞走列入2025年全县中小学生田径运动会比赛项目。现将有关事项通知如下。
1. 设项：小学组男、女子2000米竞走；初中组男、女子3000米竞走；高中组男、女子5000米竞走。
2. 每校每组别限报2人，报名表与其他项目一并报送。
3. 竞走技术要求较高，各校体育教师要提前组织学生进行技术训练，县教育局将于9月20日举办一期竞走裁判和教练员培训班。
附件：1.竞走项目竞赛规则摘要
2.裁判培训班报名回执
桐岭县教育局
2025年9月2日
抄送：县体育发展中心
""",
    ),
    dict(
        slug="dangjian-qianxi-racewalk-branch-speech-text",
        site="茜溪体育系统党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://dj.qianxi-sport.org.cn/djyd/2025/0701.html",
        title="在竞走队党支部“七一”主题党日活动上的讲话",
        record_title="在竞走队党支部“七一”主题党日活动上的讲话_茜溪体育系统党建网",
        date="2025-07-01",
        notes="speech with speaker line and date under the title (neutral); chrome between paragraphs",
        page="""
!m 茜溪体育系统党建网
!m 党建要闻 · 支部风采 · 学习园地
!m 位置：学习园地 >> 讲话交流
{T}
——茜溪市田径运动管理中心党总支书记　邵文海
（2025年7月1日）
{BODY}
!m 【来源：田径中心党总支　录入：小刘】
!l 相关链接：竞走队党支部“三会一课”制度　｜　冠军党员事迹展
!d 茜溪市体育局机关党委主办　版权所有
""",
        indent="\u3000\u3000",
        body="""
同志们：
今天是党的生日。我们在训练场边召开主题党日活动，很有意义。
竞走是一个“熬”出来的项目，一练就是几十公里，拼的是意志，比的是规矩。技术犯规就要被罚下，这和我们党员守纪律、讲规矩是一个道理。
⟦l 延伸阅读：田径中心党建工作要点⟧
希望竞走队党支部做到三点：一是党员教练员要带头严格执教，不为成绩降低技术标准；二是党员运动员要在训练和比赛中当先锋，冬训、外训中苦活累活抢着干；三是支部要把思想工作做到训练场上，及时帮助队员解决实际困难。
祝大家在全运会预赛中赛出风格、赛出水平！
""",
    ),
    dict(
        slug="intranet-zhongtian-racewalk-union-plan-html",
        site="中田电力集团内网 (invented)",
        style="企业内网",
        genre="方案",
        kind="plan",
        form="html",
        source="http://oa.zhongtian-power.local/doc/view?id=GH-2025-044",
        title="集团公司2025年职工健步竞走比赛实施方案",
        record_title="集团公司2025年职工健步竞走比赛实施方案（工会）",
        date="2025-04-03",
        notes="intranet document view: 流转记录, read counts, approval; schedule table; 下载/扫码 as content",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>文档查看 - 中田电力集团协同办公平台</title></head><body>
<div class="oa-top">⟦m 中田电力集团协同办公平台⟧ ⟦m 当前用户：陆敏（综合部）⟧ ⟦a 退出⟧</div>
<div class="oa-left"><ul><li>⟦l 待办事项(4)⟧</li><li>⟦l 公文管理⟧</li><li>⟦l 通知公告⟧</li></ul></div>
<div class="oa-main">
<div class="docbar">⟦a 下载正文　打印　转发　收藏⟧</div>
<h2>{T}</h2>
<div class="docinfo">⟦m 发文部门：集团工会　密级：内部　阅读人数：1,873⟧</div>
{BODY}
<div class="trace">⟦m 流转记录：集团工会 拟稿 04-01 → 分管领导 审核 04-02 → 工会主席 签发 04-03⟧</div>
</div>
<div class="oa-foot">⟦d 内部资料，严禁外传⟧ ⟦m 信息中心技术支持 分机 8066⟧</div>
</body></html>
""",
        body="""
为丰富职工文化生活，增强职工体质，集团工会决定举办2025年职工健步竞走比赛。具体方案如下。
一、时间地点：2025年4月26日上午8:30，集团生产基地环形道路。
二、参赛对象：集团本部及各分子公司在职职工，每单位限报男女各8人。
三、比赛项目
组别　距离　说明
青年组（35岁以下）　5公里　按竞走规则判罚
中年组（36—50岁）　3公里　按竞走规则判罚
健步组（51岁以上）　3公里　只计时，不判技术犯规
四、报名办法：请各单位工会于4月15日前下载报名表，填写后上传至工会邮箱；参赛职工比赛当天扫码签到领取号码布。
五、安全保障：各单位要组织参赛职工进行赛前体检，患有心脑血管疾病者不得参加青年组和中年组比赛。
中田电力集团有限公司工会委员会
2025年4月3日
""",
    ),
    dict(
        slug="netdisk-feiyu-racewalk-judge-notes-text",
        site="飞羽网盘 (invented)",
        style="网盘分享",
        genre="培训讲义",
        kind="other",
        form="text",
        source="https://pan.feiyu-cloud.com/s/1rW8xKc0dM",
        title="竞走裁判员培训讲义",
        record_title="竞走裁判员培训讲义（2025版）.docx",
        date=None,
        notes="cloud-drive share; extraction code and save prompts; decimal headings; no date",
        page="""
!m 飞羽网盘 | 文件分享
!t 竞走裁判员培训讲义（2025版）.docx
!m 分享者：田径裁判小周　　文件大小：1.2MB　　分享时间：2025-04-18 09:12　　有效期：永久
!a 保存到我的网盘　　普通下载　　超速下载（需开通会员）
!a 在线预览仅展示部分内容
{BODY}
!a 预览结束，保存后查看完整文件
!m 举报　|　飞羽网盘客服中心
""",
        body="""
1 竞走的定义
竞走是运动员与地面保持接触、连续向前迈进的过程，没有人眼可见的腾空。前腿从触地瞬间至垂直部位应当伸直，膝关节不得弯曲。
2 裁判员的组成
2.1 裁判长1名，负责取消运动员资格的最终宣布。
2.2 技术裁判员6至9名，分布在赛道各段，对犯规动作出示黄牌提醒或提交红卡。
2.3 记录员负责汇总红卡，并及时将信息显示在告示板上。
3 判罚程序
3.1 同一运动员收到3名不同裁判员的红卡，即被取消比赛资格。
3.2 在设有罚停区的比赛中，运动员累计红卡达到规定数量，应进入罚停区停留规定时间。
4 练习
请学员观看比赛录像，每人独立填写一份判罚记录卡，课后相互比对。
""",
    ),
    dict(
        slug="gkforum-shenlun-racewalk-material-junk",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://bbs.shangan-gk.com/thread-90221-1-1.html",
        title="从竞走运动员到基层公务员：我的备考心得",
        record_title="[上岸经验] 从竞走运动员到基层公务员：我的备考心得（长文慎入）",
        date="2025-08-20",
        notes="exam forum with junk lines and glued junk; post time is the page's date",
        page="""
!m 上岸公考论坛 » 经验交流 » 上岸经验
!t [上岸经验] 从竞走运动员到基层公务员：我的备考心得（长文慎入）
!m 小竹竿　|　发表于 2025-8-20 23:41　|　楼主
{BODY}
!a 回复可见：加入备考群获取全套资料
!w 1对1面试辅导，微信 shangan-ms66
!l 相关帖子：退役运动员考公有什么政策？｜乡镇岗位面试真题汇总
!m 上岸公考论坛 · 版权所有
""",
        junk=dict(lines=2, glued=2),
        indent="\u3000\u3000",
        body="""
我练了八年竞走，前年因为伤病退役，去年考上了老家一个乡镇的综合岗。很多人问我转型难不难，今天写一点体会。
第一，竞走教会我“规矩”。竞走最怕犯规，腿一弯就吃红卡，所以训练时一个动作要重复几万次。备考也一样，申论的格式、行测的题型，都要一遍一遍地练，直到不出错。
第二，竞走教会我“配速”。20公里比赛不能一开始就冲，备考也不能前松后紧。我把半年分成三段，基础、专项、冲刺，每段有明确的量。
第三，竞走教会我“忍”。比赛后半程最难受，备考到第四个月也最难受。那段时间我每天早上还去操场走五公里，走完再坐下来做题。
希望还在路上的朋友都能上岸。
""",
    ),
    dict(
        slug="docshare-xinyuan-racewalk-club-charter-pages",
        site="信源文档分享 (invented)",
        style="文档分享",
        genre="章程",
        kind="rules",
        form="text",
        source="https://www.xinyuan-doc.net/view/5519038.html",
        title="桤林县竞走运动协会章程",
        record_title="桤林县竞走运动协会章程（2025年修订）.pdf",
        date="2025-02-22",
        notes="document-sharing preview with page markers of our own form glued; upload notice; date in the text",
        page="""
!m 信源文档分享 — 分享知识，传播价值
!t 桤林县竞走运动协会章程（2025年修订）.pdf
!m 贡献者：qilin_jz　页数：5　格式：PDF　热度：★★★
!a 下载此文档（5积分）　　收藏　　举报
{T}
（2025年2月22日会员大会修订通过）
{BODY}
!a 下载文档到电脑，查找使用更方便
!d 本文档由会员上传分享，内容仅供学习参考，如有侵权请联系平台处理。
!l 同类文档：某县马拉松协会章程.doc　徒步协会管理办法.pdf
""",
        pages=dict(fmt="〘{n}/5〙", every=130, start=2, glue=True),
        body="""
第一章　总则
第一条　本会名称为桤林县竞走运动协会，是由本县竞走运动爱好者、教练员和裁判员自愿结成的非营利性社会组织。
第二条　本会宗旨是普及竞走运动，提高竞技水平，增强群众体质。
第三条　本会接受县体育局的业务指导和县民政局的监督管理。
第二章　业务范围
第四条　本会的业务范围：组织竞走比赛和群众性健步活动；开展教练员、裁判员培训；发现和推荐竞走后备人才。
第三章　会员
第五条　申请加入本会的会员，应当拥护本会章程，有加入本会的意愿，在竞走领域具有一定影响。
第六条　会员享有选举权、被选举权和表决权，有权参加本会活动，获得本会服务。
""",
    ),
    dict(
        slug="fanwen-haocai-racewalk-host-script-oldtable",
        site="好材料范文网 (invented)",
        style="范文站",
        genre="主持词",
        kind="other",
        form="html",
        source="http://www.haocailiao8.com/zhuchici/tiyu/2025/8812.html",
        title="全市竞走锦标赛开幕式主持词",
        record_title="全市竞走锦标赛开幕式主持词（通用版）_好材料范文网",
        date=None,
        notes="old table layout: marquee, font-size row, QQ writing-service line, visitor counter; 甲/乙 host lines",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>全市竞走锦标赛开幕式主持词（通用版）_好材料范文网</title></head>
<body><center>
<table width="980"><tr><td>⟦m 好材料范文网⟧</td><td><marquee>⟦m 欢迎光临好材料范文网，本站每日更新各类范文！⟧</marquee></td></tr></table>
<table width="980"><tr><td>⟦m 首页 | 讲话稿 | 主持词 | 工作总结 | 心得体会 | 计划方案⟧</td></tr></table>
<table width="980"><tr><td width="700">
<p>⟦t 全市竞走锦标赛开幕式主持词（通用版）⟧</p>
<p>⟦m 时间：07-21　作者：佚名　来源：网络⟧ ⟦a 【字体：大 中 小】⟧</p>
{BODY}
<p>⟦w 本站承接各类材料代写，QQ：3058817726⟧</p>
</td><td width="280">⟦l 热门主持词⟧<br>⟦l 运动会闭幕式主持词⟧<br>⟦l 趣味运动会主持词⟧</td></tr></table>
<table width="980"><tr><td>⟦m 您是本站第 0428817 位访客⟧ ⟦d 本站内容来源于网络，如有侵权请联系删除⟧</td></tr></table>
</center></body></html>
""",
        body="""
甲：尊敬的各位领导、各位来宾，
乙：亲爱的运动员、裁判员、教练员们，
合：大家上午好！
甲：金秋十月，丹桂飘香。今天，我们相聚在市体育中心，隆重举行20××年全市竞走锦标赛。
乙：本次比赛共有来自××个县（市、区）的××名运动员参赛，他们将在男女10公里、20公里等项目上展开角逐。
甲：下面，让我们以热烈的掌声欢迎运动员代表队入场！
乙：请运动员代表×××宣誓，请裁判员代表×××宣誓。
合：现在我宣布，比赛正式开始！
""",
    ),
    dict(
        slug="gov-luanping-racewalk-road-closure-text",
        site="栾坪县人民政府 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="text",
        source="http://www.luanping.gov.cn/xwzx/tzgg/202511/t20251103_3021.html",
        title="关于2025年全国竞走大奖赛（栾坪站）期间实行临时交通管制的通告",
        record_title="关于2025年全国竞走大奖赛（栾坪站）期间实行临时交通管制的通告",
        date="2025-11-03",
        notes="plain text gov page; detour table; the notice's own consultation line; Chinese-numeral date",
        page="""
!m 栾坪县人民政府 www.luanping.gov.cn
!m 首页 / 新闻中心 / 通知公告
{T}
!m 发布单位：县公安局　发布日期：2025-11-03　【字号：大 中 小】
{BODY}
!a 扫一扫在手机打开当前页
!m 网站地图 | 联系我们 | 隐私声明
!m 栾坪县人民政府办公室主办 冀ICP备05007722号
""",
        indent="\u3000\u3000",
        body="""
2025年全国竞走大奖赛（栾坪站）将于11月9日在我县举行。为确保赛事安全顺利进行，根据《中华人民共和国道路交通安全法》有关规定，决定对部分道路实行临时交通管制。现通告如下：
一、管制时间：2025年11月9日6时至13时。
二、管制路段及绕行建议
管制路段　绕行建议
滨湖大道（迎宾路—环湖北路）　经湖东路绕行
环湖北路全线　经北环路绕行
三、管制期间，除赛事保障车辆和执行紧急任务的警车、消防车、救护车外，其他车辆禁止通行。
四、请广大市民提前规划出行路线，服从现场交通民警指挥。交通咨询电话：0314-6122110。
特此通告。
栾坪县公安局
二〇二五年十一月三日
""",
    ),
]
