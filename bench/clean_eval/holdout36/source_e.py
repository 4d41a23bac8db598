"""holdout36, part E: a second round of hospital, university, local-forum, download-station,
personnel-exam, tendering, law-firm, residents', association, corporate and training pages.
Invented; see ../README.md and ../build.py."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _kit import html_page  # noqa: E402

CASES = [
    dict(
        slug="hospital-xuyang-schisto-nurse-speech-html",
        site="湑阳县血吸虫病专科医院 (invented)",
        style="医院官网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.xyxfyy.example.com/news/yyxw/2025/0512/251.html",
        title="在庆祝“5·12”国际护士节表彰大会上的讲话",
        record_title=None,
        date="2025-05-12",
        date_also=["2025-05-13"],
        notes="hospital site: appointment bar, floating consult button, department list; no record title; speaker line and date under the title (neutral); speech keeps the speaker's role",
        page=html_page(
            "在庆祝“5·12”国际护士节表彰大会上的讲话_医院新闻",
            '<div class="top">⟦m 湑阳县血吸虫病专科医院⟧ ⟦a 预约挂号⟧ ⟦a 检查报告查询⟧ ⟦w 咨询热线：0731-86209120⟧</div>\n'
            "<nav>⟦m 首页⟧ ⟦l 医院概况⟧ ⟦l 科室导航⟧ ⟦l 专家介绍⟧ ⟦l 医院新闻⟧ ⟦l 党建园地⟧</nav>",
            "<h1>{T}</h1>\n"
            '<p class="sub">院长　危建平</p>\n'
            '<p class="sub">（2025年5月12日）</p>\n'
            '<div class="src">⟦m 发布部门：护理部　发布日期：2025-05-13　浏览量：317⟧</div>\n'
            "{BODY}\n"
            '<div class="fx">⟦l 分享：⟧ ⟦l 微信⟧ ⟦l 微博⟧</div>',
            '<div class="ks"><h4>⟦l 特色科室⟧</h4><p>⟦l 血吸虫病科⟧</p><p>⟦l 肝病科⟧</p><p>⟦l 消化内科⟧</p></div>\n'
            '<div class="float">⟦w 在线咨询⟧</div>',
            "<p>⟦m 地址：湑阳县湖滨路66号　邮编：410600⟧</p><p>⟦d 本站信息仅供参考，不作为诊疗依据⟧</p>",
        ),
        body="""
全院护理姐妹们、同志们：
今天，我们在这里隆重集会，庆祝国际护士节，表彰一年来涌现出的十名优秀护士和两个优秀护理单元。
我院护理队伍常年奔波在沿湖乡村，查病、送药、随访，把血防服务送到了群众家门口。
新的一年，希望大家继续弘扬南丁格尔精神，在专科护理和健康教育上再上新台阶。
祝大家节日快乐！
""",
    ),
    dict(
        slug="university-hc-env-college-sewage-practice-text",
        site="澴川环境工程职业学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.hcep.example.edu.cn/jwc/info/1021/3378.htm",
        title="关于2025级给排水专业学生赴污水处理厂认识实习的通知",
        record_title="关于2025级给排水专业学生赴污水处理厂认识实习的通知-教务处",
        date="2025-10-21",
        notes="university office page: sidebar menu items on lines of their own, page-view counter, 'close' buttons; class schedule table kept; date at the end",
        page="""
!m 澴川环境工程职业学院　教务处
!l 机构设置　规章制度　教学运行　实践教学　下载专区
!m 当前位置： 首页 >> 实践教学 >> 正文
{T}
!m 发布时间：2025-10-21　作者：实践科　浏览次数：[ 188 ]
{BODY}
!a 【关闭窗口】【打印本页】
!m Copyright © 澴川环境工程职业学院教务处
""",
        body="""
各二级学院：
根据教学计划安排，2025级给排水工程技术专业学生将赴城北污水处理厂开展认识实习，现将有关事项通知如下。
班级　日期　带队教师
给排水2501班　10月28日　彭卉
给排水2502班　10月29日　严旭
给排水2503班　10月30日　马明
请各班学生统一穿着工装，听从厂方安排，严禁触碰设备阀门。
澴川环境工程职业学院教务处
2025年10月21日
""",
    ),
    dict(
        slug="localforum-weipu-marathon-road-closure-repost",
        site="沩浦论坛 (invented)",
        style="地方论坛",
        genre="通告",
        kind="notice",
        form="text",
        source="http://bbs.weipu.example.cn/t/1893042",
        title="关于2025沩浦半程马拉松赛事期间实施交通管制的通告",
        record_title="转：关于2025沩浦半程马拉松赛事期间实施交通管制的通告（周日出门的注意了）",
        date="2025-10-28",
        notes="local forum repost: poster line with a relative time, hard-wrapped at 64 columns, reply floors with a user complaint, forum slogan; closure table kept; 公安局 date at the end",
        wrap=64,
        page="""
!m 沩浦论坛 > 沩浦杂谈
!t 转：关于2025沩浦半程马拉松赛事期间实施交通管制的通告（周日出门的注意了）
!m 沩浦小灵通 · 昨天 18:20 · 来自手机客户端
{BODY}
!l 沙发　路过的跑友：支持办马拉松！
!l 板凳　上班族：周日早上公交停不停？
!m 沩浦论坛 · 沩浦人自己的论坛
""",
        body="""
为保障2025沩浦半程马拉松赛事顺利进行，根据《中华人民共和国道路交通安全法》有关规定，决定于2025年11月2日6时至12时，对赛道沿线道路实施临时交通管制。
路段　管制时间
滨江路（滨江广场至三桥）　6:00-11:00
沩水大道（三桥至体育中心）　6:30-12:00
管制期间，除赛事保障车辆外，其他车辆禁止驶入管制路段。请广大市民合理安排出行。
沩浦市公安局交通警察支队
2025年10月28日
""",
    ),
    dict(
        slug="download-zhanku-puppet-script-pack",
        site="站酷资料网 (invented)",
        style="资料下载站",
        genre="主持词",
        kind="script",
        form="text",
        source="http://www.zhanku-zl.example.com/down/37712.html",
        title="皮影戏进校园展演活动主持词",
        record_title="皮影戏进校园展演活动主持词.doc 免费下载",
        date=None,
        notes="download station text: file info lines, safe-download prompt, rating; host script with A/B lines and template placeholders; no date",
        page="""
!m 站酷资料网　> 主持词 > 校园活动
!t 皮影戏进校园展演活动主持词.doc 免费下载
!m 软件大小：26KB　｜　资料类别：主持词　｜　授权：免费　｜　评分：★★★★☆
!m 更新时间：2025-06-03　｜　下载次数：1,077
!a 【安全下载】【高速下载】【收藏本页】
{BODY}
!a 下载说明：本站所有资料均为WORD格式，请使用WPS或Office打开
!l 同类资料：文艺汇演主持词　非遗进校园活动方案
!d 资料来源于互联网，版权归原作者所有
""",
        body="""
A：尊敬的各位老师，
B：亲爱的同学们，
合：大家下午好！
A：一盏灯，一块幕，方寸之间演尽千古风流。
B：今天，我们有幸请来了县皮影剧团的老师们，为大家带来精彩的皮影戏展演。
A：首先，请欣赏传统剧目《火焰山》。
B：感谢剧团老师们的精彩演出！本次展演活动到此结束。
合：谢谢大家！
××小学少先队大队部
××年×月×日
""",
    ),
    dict(
        slug="rsks-louwan-bnb-inspector-interview-html",
        site="溇湾县人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://rsks.louwan.example.gov.cn/ksdt/2025/0711/588.html",
        title="溇湾县文旅市场综合执法大队2025年公开招聘面试公告",
        record_title="溇湾县文旅市场综合执法大队2025年公开招聘面试公告",
        date="2025-07-11",
        notes="personnel-exam site: login/verify boxes, interview-list table kept; 'download the interview notice' sentence in the body; site hotline vs the notice's own 咨询电话",
        page=html_page(
            "溇湾县人事考试网",
            '<div class="hd">⟦m 溇湾县人事考试网⟧ ⟦a 考生登录⟧ ⟦a 成绩查询⟧ ⟦a 证书查询⟧</div>\n'
            "<nav>⟦m 首页⟧ ⟦l 考试动态⟧ ⟦l 报名入口⟧ ⟦l 政策法规⟧</nav>",
            '<div class="crumb">⟦m 当前位置：首页 &gt; 考试动态⟧</div>\n'
            "<h2>{T}</h2>\n"
            '<div class="time">⟦m 发布日期：2025-07-11　浏览：2351⟧</div>\n'
            "{BODY}",
            '<div class="sv"><p>⟦w 网上报名技术支持：0738-7719003（工作日8:30-17:30）⟧</p><p>⟦l 考试日历⟧</p></div>',
            "<p>⟦m 主办：溇湾县人力资源和社会保障局⟧</p><p>⟦m 湘ICP备13008892号⟧</p>",
        ),
        body="""
根据招聘公告，现将面试有关事项公告如下。
一、面试时间：2025年7月19日上午8:00开始。
二、面试地点：溇湾县委党校教学楼。
三、进入面试人员名单
岗位　姓名　准考证号
执法队员一　吕晓鹏　2025070112
执法队员一　庞雪　2025070208
执法队员二　冉文龙　2025070415
请进入面试人员于7月16日前登录本网站下载面试通知书。
咨询电话：0738-7712260
溇湾县人力资源和社会保障局
2025年7月11日
""",
    ),
    dict(
        slug="tender-qiaodu-grotto-monitoring-inquiry",
        site="浈岭县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zfcg.zhenling.example.gov.cn/cggg/xjgg/2025/0603/2201.html",
        title="浈岭石窟保护研究所崖体变形监测设备采购询价公告",
        record_title="浈岭石窟保护研究所崖体变形监测设备采购询价公告",
        date="2025-06-03",
        record_date="2025-06-03",
        notes="procurement text page: login/CA prompts, bidder-notice box between paragraphs, platform hotline at the top; the notice's own 联系人 kept; item list",
        page="""
!m 浈岭县政府采购网
!a 供应商登录　｜　CA证书办理　｜　电子卖场
!w 平台客服：400-025-8890
!m 首页 > 采购公告 > 询价公告
{T}
!m 发布日期：2025-06-03　　来源：浈岭县政府采购中心
{BODY}
!l 相关公告：浈岭石窟保护研究所安防系统维保项目成交公告
!m 浈岭县财政局主办
""",
        body="""
浈岭石窟保护研究所就崖体变形监测设备采购项目进行询价采购，欢迎合格供应商参加报价。
一、采购内容：
1. 全站仪一台；
2. 裂缝计十二套；
3. 数据采集及无线传输系统一套。
二、最高限价：人民币三十八万元。
⟦a 温馨提示：参与投标请先完成供应商注册并绑定CA⟧
三、报价截止时间：2025年6月13日9:30。
四、采购人：浈岭石窟保护研究所　联系人：韦工　电话：0735-3301527
""",
    ),
    dict(
        slug="lawfirm-zhengyi-cotton-contract-qa-html",
        site="正艺律师事务所 (invented)",
        style="律所网站",
        genre="说明",
        kind="article",
        form="html",
        source="https://www.zhengyilaw.example.cn/case/2025/1102.html",
        title="棉花收购合同纠纷中的质量异议期如何认定",
        record_title="棉花收购合同纠纷中的质量异议期如何认定_正艺律所_案例评析",
        date="2025-11-02",
        notes="law-firm page: lawyer card in the sidebar with phone, consult form, disclaimer, tags; decimal-free numbered points; byline date",
        page=html_page(
            "棉花收购合同纠纷中的质量异议期如何认定_正艺律所_案例评析",
            '<div class="logo">⟦m 正艺律师事务所⟧ ⟦m 专注农业与商事争议解决⟧</div>\n'
            "<nav>⟦m 首页⟧ ⟦l 律所简介⟧ ⟦l 业务领域⟧ ⟦l 案例评析⟧ ⟦l 联系我们⟧</nav>",
            "<h1>{T}</h1>\n"
            '<div class="by">⟦m 作者：苏明哲律师　发布：2025年11月2日　阅读 902⟧</div>\n'
            "{BODY}\n"
            '<div class="tags">⟦l 标签：合同纠纷 棉花 质量异议⟧</div>\n'
            '<div class="dis">⟦d 本文为作者个人观点，不代表本所立场，亦不构成法律意见。⟧</div>',
            '<div class="card"><p>⟦w 苏明哲 律师⟧</p><p>⟦w 电话：138-0731-6620⟧</p><p>⟦w 提交您的法律问题，24小时内回复⟧</p></div>',
            "<p>⟦m © 正艺律师事务所 2025⟧　⟦m 湘ICP备22017003号⟧</p>",
        ),
        body="""
基本案情：某轧花厂与某棉花经纪人签订收购合同，约定棉花按国家标准定级。收货两个月后，轧花厂以衣分率不达标为由要求扣款，双方发生争议。
争议焦点：轧花厂提出质量异议是否超过合理期限。
律师评析：一、合同对检验期有约定的，应在约定期限内提出异议；二、没有约定的，应在发现或者应当发现质量问题的合理期限内提出；三、棉花入库时通常已进行检验定级，收货后两个月才提出异议，一般难以认定为合理期限。
实务建议：收购方应在入库环节完成检验并留存检验记录，出售方则应保留交货时的定级凭证。
""",
    ),
    dict(
        slug="community-chenyang-oldtown-resident-meeting-minutes",
        site="古城街道南门社区 (invented)",
        style="社区网站",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://nanmen.gcjd.example.cn/jmys/2025/0820.html",
        title="南门社区居民议事会关于古城夜市管理的会议纪要",
        record_title=None,
        date="2025-08-20",
        date_also=["2025-08-18"],
        notes="residents' site: service-hall hours, grid box, 'my suggestion' button; minutes with 时间/地点/主持/参加/记录 lines; vote count kept; no record title; 印发 date, meeting date also",
        page="""
!m 古城街道南门社区　居民之家
!m 办事大厅开放时间：周一至周六 8:30-17:30
!m 首页 › 居民议事 › 议事记录
{T}
!m 发布者：社区居委会　2025-08-21　阅读 140
{BODY}
!a 我要提建议　｜　我要点赞
!l 往期议事：关于老旧小区加装电梯的议事记录
!m 南门社区网格服务热线：0738-6630115
""",
        body="""
时间：2025年8月18日晚7:30
地点：社区二楼议事厅
主持：社区党委书记 谭玉兰
参加：居民代表二十三人，古城保护管理委员会、城管中队工作人员各一人
记录：符佳
会议就古城夜市经营至晚上十一点是否扰民进行了讨论。
会议表决：同意夜市延长至晚上十点半、十点后禁止使用扩音设备的十九票，反对四票。
会议决定，由社区与城管中队共同设立夜市噪声监督员，每晚轮流值守。
南门社区居民委员会
2025年8月20日
""",
    ),
    dict(
        slug="association-bnb-annual-meeting-report-html",
        site="溇湾县民宿协会 (invented)",
        style="行业协会",
        genre="工作报告",
        kind="report",
        form="html",
        source="http://www.lwbnb.example.org/xhdt/show/77.html",
        title="溇湾县民宿协会第一届理事会工作报告",
        record_title="溇湾县民宿协会第一届理事会工作报告【全文】",
        date="2025-12-26",
        date_also=["2025-12-28"],
        notes="association page: member login, join button, service list sidebar, friendly links; reporter line under the title (neutral); data table kept; date in Chinese numerals under the title",
        page=html_page(
            "溇湾县民宿协会",
            '<div class="hd">⟦m 溇湾县民宿协会⟧ ⟦a 会员登录⟧ ⟦a 申请入会⟧</div>\n'
            "<nav>⟦m 首页⟧ ⟦l 协会概况⟧ ⟦l 协会动态⟧ ⟦l 会员风采⟧ ⟦l 政策法规⟧</nav>",
            "<h2>{T}</h2>\n"
            '<p class="c">——二〇二五年十二月二十六日在第二次会员大会上</p>\n'
            '<p class="c">会长　甘秀英</p>\n'
            '<div class="i">⟦m 来源：协会秘书处　时间：2025-12-28　点击：88⟧</div>\n'
            "{BODY}",
            '<div><h4>⟦l 会员服务⟧</h4><p>⟦l 等级评定申报⟧</p><p>⟦l 培训报名⟧</p></div>\n'
            '<div><h4>⟦l 友情链接⟧</h4><p>⟦l 溇湾县文旅局⟧</p><p>⟦l 省旅游民宿协会⟧</p></div>',
            "<p>⟦m 协会地址：溇湾县桃源路8号　电话：0738-7603311⟧</p>",
        ),
        body="""
各位会员：
我代表协会第一届理事会向大会报告工作，请予审议。
三年来，协会会员由成立时的四十六家发展到一百二十八家，组织培训十二期，参训人员九百余人次。
年份　会员数　培训人次
2023年　46　210
2024年　93　330
2025年　128　385
协会制定了行业自律公约，调解消费纠纷三十七起，会员单位未发生一起重大安全事故。
新一届理事会要在品牌推广和标准化建设上继续发力，让溇湾民宿成为乡村振兴的亮丽名片。
""",
    ),
    dict(
        slug="corp-hengxin-cotton-mill-recall-text",
        site="恒鑫棉业有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.hengxin-cotton.example.com/news/notice/2025-1205.html",
        title="关于部分批次皮棉包装标识错误的更正公告",
        record_title="关于部分批次皮棉包装标识错误的更正公告 - 恒鑫棉业",
        date="2025-12-05",
        notes="corporate text page: language switch, service hotline at the top (site), the notice's own 客户服务电话 in the body; batch table kept; 'back' and share at the bottom",
        page="""
!a 中文 | English
!m 恒鑫棉业有限公司　HENGXIN COTTON
!w 全国服务热线 400-620-7788
!l 首页 / 公司简介 / 产品中心 / 新闻公告 / 联系我们
{T}
!m 新闻公告　2025-12-05
{BODY}
!l 返回　｜　分享到朋友圈
!m 恒鑫棉业有限公司　版权所有　地址：洺城市工业园纺织路6号
""",
        body="""
尊敬的客户：
我公司在自查中发现，2025年11月生产的部分批次皮棉包装上的长度级标识印制错误，现予以更正。
批次号　错误标识　正确标识
HX2511-07　长度29毫米　长度28毫米
HX2511-09　长度29毫米　长度28毫米
已购买上述批次的客户，可凭提货单与我公司联系办理差价退补。客户服务电话：0712-2318806。
由此给您带来的不便，我们深表歉意。
恒鑫棉业有限公司
2025年12月5日
""",
    ),
    dict(
        slug="training-yixue-bnb-housekeeper-class-html",
        site="宜学职业培训学校 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.yixuepx.example.com/kecheng/bnb-2025.html",
        title="民宿管家职业技能培训班开班通知",
        record_title="民宿管家职业技能培训班开班通知（政府补贴）",
        date="2025-10-15",
        notes="training school page: floating QQ/WeChat consult box, enrol button, hot courses; the class's own 报到地点/联系电话 kept; subsidy sentence; date at the end",
        page=html_page(
            "民宿管家职业技能培训班开班通知（政府补贴）-宜学职业培训学校",
            '<div class="top">⟦m 宜学职业培训学校⟧ ⟦m 人社部门认定培训机构⟧ ⟦a 在线报名⟧</div>\n'
            "<nav>⟦m 首页⟧ ⟦l 课程中心⟧ ⟦l 补贴政策⟧ ⟦l 学员风采⟧ ⟦l 联系我们⟧</nav>",
            "<h1>{T}</h1>\n"
            '<p class="m">⟦m 发布：教务部　2025-10-15　围观：673⟧</p>\n'
            "{BODY}\n"
            '<div class="btn">⟦a 马上报名 享政府补贴⟧</div>',
            '<div class="float-kf"><p>⟦w QQ在线咨询：3015226718⟧</p><p>⟦w 加微信领取课程资料：yixue_px⟧</p></div>\n'
            '<div class="hot"><p>⟦l 热门课程：育婴员⟧</p><p>⟦l 热门课程：中式烹调师⟧</p></div>',
            "<p>⟦m 宜学职业培训学校 © 2025⟧　⟦m 湘ICP备20008813号-3⟧</p>",
        ),
        body="""
各位学员：
我校民宿管家职业技能培训班定于10月27日开班，现将有关事项通知如下。
一、培训时间：10月27日至11月7日，共十天。
二、培训内容：客房服务、前台接待、乡土菜制作、短视频推介和安全管理。
三、补贴政策：取得职业技能等级证书的学员，可按规定申领培训补贴。
四、报到地点：溇湾县桃源路8号民宿协会培训室。联系电话：0738-7608215。
宜学职业培训学校
2025年10月15日
""",
    ),
]
