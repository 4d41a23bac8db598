"""holdout61, part G: more cases across styles (wrapped, one-line, glued markers). Invented text."""

CASES = [
    dict(
        slug="fanwen-shuxiang-lantern-report-wrapped",
        site="书乡材料网 (invented)",
        style="范文站",
        genre="述职报告",
        kind="report",
        form="text",
        source="http://www.shuxiangcl.net/shuzhi/2024/9917.html",
        title="镇文化站站长2024年度述职报告",
        record_title="镇文化站站长2024年度述职报告（通用版）",
        date="2024-12-27",
        page="""
!m 书乡材料网——机关材料一站通
!m 当前：材料首页 › 述职报告 › 个人述职
{T}
!m 热度 1.1万　｜　2024-12-30 收录
!a 〖复制本文〗〖下载DOC〗〖打印〗
{BODY}
!w 定制述职报告，3小时出稿，联系QQ：1835006621
!l 同类推荐：乡镇宣传委员述职报告｜文化馆馆长述职
""",
        wrap=60,
        indent="\u3000\u3000",
        body="""
一年来，我在镇党委、政府的领导下，围绕“文化惠民”目标，认真履行文化站站长职责，现将履职情况报告如下。
一是办好节庆活动。牵头举办元宵灯会、端午龙舟赛等活动6场，观众累计4万余人次。
二是抓好非遗传承。组织竹骨灯笼扎制技艺进校园12次，新发展学徒9名。
三是存在不足。文化站场地偏小，专业人才缺乏，下步将积极争取改扩建项目。
述职人：邬晴
2024年12月27日
""",
    ),
    dict(
        slug="wenku-pianmei-bee-summary-glued-markers",
        site="片梅文库 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.pianmeiwk.com/doc/22016590.html",
        title="乡镇畜牧兽医站2024年蜂业工作总结",
        record_title=None,
        date="2025-01-06",
        page="""
!m 片梅文库 | 首页 | 分类 | 上传
{T}
!m 4页　｜　阅读 713　｜　评分 4.6
!a 下载本文档　（券×1）
{BODY}
!a ——试读结束，余下内容请下载后查看——
!d 文档来源于网友分享，仅供参考，侵删。
""",
        pages=dict(fmt="▷{n}◁", every=110, start=2, glue="mix"),
        body="""
2024年，我站围绕蜂业提质增效，做了以下工作：
一、完成全镇238户蜂农、5600群蜂的登记建档，建档率100%。
二、开展蜂病防治技术培训5期，发放技术手册800份，蜂群越冬死亡率由12%降至7%。
三、协助合作社申报“椴川椴花蜜”地理标志，目前已通过初审。
四、2025年打算：推广中蜂活框饲养，建设镇级蜂产品检测室。
椴川镇畜牧兽医站
2025年1月6日
""",
    ),
    dict(
        slug="gov-huaiyuan-hotspring-reply-oneline",
        site="槐原县人民政府 (invented)",
        style="政府门户",
        genre="答复",
        kind="letter",
        form="text",
        source="http://www.huaiyuan.gov.cn/hdjl/xxgk/20240917/4410.html",
        title="关于加强温泉周边道路停车管理建议的答复",
        record_title="关于加强温泉周边道路停车管理建议的答复_建议提案办理_槐原县人民政府",
        date="2024-09-17",
        page="""
!m 槐原县人民政府 › 互动交流 › 建议提案办理
{T}
!m 索引号：HY-2024-00918　公开方式：主动公开　发布时间：2024-09-17
!a 〔大〕〔中〕〔小〕〔打印〕
{BODY}
!m 网站标识码3307840001　浙公网安备33078402000108号
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
郑宇代表：
您提出的关于加强温泉周边道路停车管理的建议收悉，现答复如下：
一、我局已会同交警部门在汤泉路新增临时停车位220个，节假日安排专人疏导。
二、景区东侧停车场扩建工程已列入明年计划。
感谢您对交通工作的关心和支持。
槐原县交通运输局
2024年9月17日
""",
    ),
    dict(
        slug="news-lingbao-stele-discovery",
        site="岭报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.lingbao.net.cn/wh/2025/0316/n228.html",
        title="修路工人挖出一通清代功德碑",
        record_title="修路工人挖出一通清代功德碑_文化_岭报网",
        date="2025-03-16",
        record_date="2025-03-16",
        page="""
!m 岭报网 - 文化频道
{T}
!m 岭报网　2025年03月16日 09:48　记者 程朗
!l 分享到　｜　字号 A+ A-
{BODY}
!l 更多精彩请下载岭报客户端
!m 本文来源：岭报　责任编辑：伍佳
""",
        body="""
3月14日，榉岭县石门乡在修建村道时挖出一通石碑。县文物部门工作人员赶到现场后确认，这是一通清代道光年间的修桥功德碑。
碑高1.6米，碑文记录了当地村民捐资修建石桥的经过，共刻有捐资人姓名130余个。⟦l 视频｜石碑出土现场⟧
目前，石碑已运至县博物馆保护，工作人员将对碑文进行传拓和考证。
""",
    ),
    dict(
        slug="blog-fengnong-diary-relative-time",
        site="蜂农日记 (invented)",
        style="博客",
        genre="随笔",
        kind="essay",
        form="text",
        source="http://fengnongriji.blog.net/p/3344",
        title="转场到油菜花地的第三天",
        record_title="转场到油菜花地的第三天 - 蜂农日记 - 博客",
        date=None,
        page="""
!m 蜂农日记　|　一个放蜂人的流水账
{T}
!m 发布于 3天前　·　阅读 88　·　分类：放蜂路上
{BODY}
!l 赞一个(7)　　评论(2)　　转发
!l 热门文章：“放蜂人的年夜饭”“蜂箱里的小偷”
""",
        body="""
从南边过来，已经是第三天了。油菜花开得正旺，蜂子出巢很勤。
今天检查了一遍蜂箱，有四箱群势偏弱，晚上喂了糖水。
隔壁放蜂的老乡说，过几天可能降温，得提前把蜂箱盖压好。
这种日子累是累，看着蜜一天天多起来，心里踏实。
""",
    ),
    dict(
        slug="dangjian-liyang-rubbing-volunteer-summary",
        site="栎阳机关党建 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://jgdj.liyang.gov.cn/zbjs/2024/12/4401.html",
        title="文物保护中心党支部志愿服务工作总结",
        date="2024-12-12",
        page="""
!m 栎阳机关党建　机关党员的网上家园
!m 首页 ◇ 支部建设 ◇ 工作交流
{T}
!m 【投稿单位：文物保护中心党支部】【日期：2024-12-12】【浏览：147】
{BODY}
!l 上一条：市博物馆党支部开展主题党日　下一条：档案馆党支部“三会一课”纪实
!m 中共栎阳市直机关工委主办
""",
        body="""
今年以来，中心党支部组建“护碑”志愿服务队，全年开展志愿服务21次。
1.巡查碑刻。党员每月到乡村巡查碑刻一次，发现险情及时报告。
2.宣传讲解。在碑林开展周末义务讲解，服务游客6000余人次。⟦a 【点击收藏本页】⟧
3.拓片整理。协助整理民间捐赠拓片300余张。
明年，支部将继续扩大志愿者队伍，吸收大学生参与。
""",
    ),
    dict(
        slug="qa-html-huida-lantern-light",
        site="回答吧 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="html",
        source="https://www.huidaba.com/q/770215",
        title="自己做的纸灯笼里面放什么灯比较安全？",
        record_title="自己做的纸灯笼里面放什么灯比较安全？_回答吧",
        date="2025-01-25",
        page="""
<html><head><title>自己做的纸灯笼里面放什么灯比较安全？_回答吧</title></head><body>
<div class="top">⟦m 回答吧 · 你的疑问这里有答案⟧</div>
<h1>{T}</h1>
<div class="qinfo">⟦m 提问者 手工小白　2025-01-24　12人关注⟧</div>
<div class="answer"><div class="who">⟦m 灯笼匠老秦 的回答⟧</div>
{BODY}
<div class="time">⟦m 回答时间：2025-01-25⟧</div>
<div class="act">⟦l 点赞 66　收藏　举报⟧</div></div>
<div class="ft">⟦m 回答吧 版权所有 © 2025⟧</div></body></html>
""",
        body="""
纸灯笼最好用电池供电的LED灯串或者LED蜡烛灯，发热少，不容易引燃纸面。
千万不要放真蜡烛，尤其是给小孩玩的灯笼。
如果要接市电，一定用带绝缘外壳的灯头，电线不要贴着纸面。
""",
    ),
    dict(
        slug="community-html-yuanqiao-stele-fence",
        site="圆桥村村务公开网 (invented)",
        style="社区网站",
        genre="公示",
        kind="notice",
        form="html",
        source="http://cwgk.yuanqiaocun.cn/gs/2024-07.html",
        title="圆桥村古碑保护围栏建设费用公示",
        date="2024-07-30",
        page="""
<html><head><title>圆桥村古碑保护围栏建设费用公示</title></head><body>
<div class="hd">⟦m 圆桥村村务公开网　阳光村务　群众监督⟧</div>
<div class="nav">⟦m 首页 | 党务公开 | 村务公开 | 财务公开 | 便民服务⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 公开时间：2024-07-30　公开形式：网站、公开栏⟧</div>
{BODY}
<div class="ft">⟦w 监督举报电话：0576-8133001（乡纪委）⟧</div></body></html>
""",
        body="""
经村民代表大会讨论同意，村里为村口两通古碑建设了保护围栏，现将费用公示如下：
项目　金额（元）
不锈钢围栏　8600
说明牌　1200
人工费　2400
合计　12200
公示期7天，村民如有异议，可向村务监督委员会反映。
村务监督委员会联系电话：13757601178
圆桥村村民委员会
2024年7月30日
""",
    ),
    dict(
        slug="exam-text-huaiyuan-written-result",
        site="槐原人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.huaiyuan.gov.cn/cjcx/2025/0428.html",
        title="槐原县非遗保护中心招聘笔试成绩公布",
        record_title="【成绩公布】槐原县非遗保护中心招聘笔试成绩公布",
        date="2025-04-28",
        page="""
!m 槐原人事考试网 > 成绩查询
!t 【成绩公布】槐原县非遗保护中心招聘笔试成绩公布
!m 时间：2025-04-28 16:30　来源：考试中心
!a 成绩查询入口　|　准考证打印入口
{BODY}
!d 请考生通过官方渠道查询成绩，谨防诈骗短信。
""",
        body="""
槐原县非遗保护中心2025年公开招聘笔试已结束，现将成绩公布如下：
准考证号　笔试成绩　是否进入资格复审
2025041101　81.0　是
2025041108　77.5　是
2025041115　69.0　否
考生可登录本网查询本人成绩，对成绩有异议的，请于4月30日前提出复核申请。
槐原县人事考试中心
2025年4月28日
""",
    ),
    dict(
        slug="mail-text-spa-hotel-meeting-reply",
        site="网易式网页邮箱 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:hr@tqpspa.com",
        title="关于召开温泉行业安全培训会的通知",
        record_title="回复：关于召开温泉行业安全培训会的通知",
        date="2025-05-12",
        date_also=["2025-05-13"],
        page="""
!m 发件人："汤泉坪人力部" <hr@tqpspa.com>
!m 时间：2025-05-13 14:02
!m 收件人：榧溪温泉行业协会
!t 主题：回复：关于召开温泉行业安全培训会的通知
!m 收到，我司将派3人参加。
!m ------------------ 原始邮件 ------------------
{BODY}
!m 发自我的手机
""",
        body="""
各会员单位：
为提升温泉行业安全管理水平，协会定于2025年5月20日在榧溪宾馆召开安全培训会。
请各单位安排分管安全负责人和救生主管参加，并于5月16日前报送参会回执。
联系人：协会秘书处 黄静　电话：0576-8120335
附件：参会回执
榧溪县温泉行业协会
2025年5月12日
""",
    ),
]
