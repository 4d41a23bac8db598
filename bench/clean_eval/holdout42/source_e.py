"""holdout42, part E: a wool mill (毛营), a tannery (皮塘), bronze casters (铜坊), a volcano geopark (焰山), a weir office (闸口). Invented text."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _shell import box, modern  # noqa: E402

CASES = [
    dict(
        slug="party-maoying-report-wool-mill-secretary",
        site="毛营党建在线 (invented)",
        style="党建网",
        genre="述职报告",
        kind="report",
        form="text",
        source="http://www.maoyingdj.cn/szbg/2025/0114/862.html",
        title="毛纺厂党委书记2024年度抓基层党建工作述职报告",
        record_title="【述职评议】毛纺厂党委书记2024年度抓基层党建工作述职报告",
        date="2025-01-14",
        notes="Party-building site as text; column prefix; reporter line neutral; 成文日期 in Chinese numerals; study-points prompt glued before the first sentence",
        page="""
!m 毛营党建在线　｜　凝心聚力　强基固本
!m 首页 > 述职评议 > 企业党建
{T}
毛营毛纺厂党委书记　杜绒
!m 来源：县委组织部　　时间：2025-01-16　　阅读：274
{BODY}
!a 【我要点评】　【打印】　【关闭窗口】
!m 中共毛营县委组织部主办　湘ICP备14009922号
""",
        date_also=["2025-01-16"],
        body="""
⟦a 学习积分：认真阅读本文可获2分⟧一年来，我认真履行党建第一责任人职责，推动党建工作与生产经营深度融合。
一、主要做法。建立“党员责任机台”23个，党员带头攻关粗纱断头问题，全年节约原料成本86万元。
二、存在问题。青年职工入党积极性不高，车间支部活动形式比较单一。
三、下步打算。把发展党员的重点放在一线技术骨干，每季度开展一次车间党员示范岗评比。
毛营毛纺厂党委
二〇二五年一月十四日
""",
    ),
    dict(
        slug="hospital-pitang-notice-tannery-health-checks",
        site="皮塘县职业病防治院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.ptzfy.org.cn/yygg/2025/0610.html",
        title="关于为制革企业职工开展免费职业健康检查的通知",
        record_title="关于为制革企业职工开展免费职业健康检查的通知 | 皮塘县职业病防治院",
        date="2025-06-10",
        notes="hospital site as text; the department's 咨询电话 kept beside booking and complaint lines; sentence about 打印 the form kept",
        page="""
!m 皮塘县职业病防治院
!m 首页　医院概况　科室设置　就医指南　公告通知　健康教育
!m 位置：公告通知
{T}
!m 2025-06-10　|　院办　|　阅读 556
!a 字号：大　中　小　　打印本页
{BODY}
!m 预约电话：0739-6621080　　投诉监督：0739-6621099
!m 皮塘县职业病防治院　地址：皮塘县新桥路45号
!d 网站内容仅作健康信息参考
""",
        body="""
各制革企业：
为保护制革企业职工健康，我院将于6月下旬至7月为全县制革企业一线职工免费开展职业健康检查。
一、检查项目：血常规、肝功能、肺功能和皮肤检查。
二、组织方式：由企业统一组织，分批到院体检，每批不超过40人。
三、请企业打印职工花名册，盖章后于6月20日前送我院体检科。
体检科咨询电话：0739-6621135
皮塘县职业病防治院
2025年6月10日
""",
    ),
    dict(
        slug="college-yanshan-geology-field-trip",
        site="焰山学院地理与地质系 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://dzx.yanshanu.edu.cn/info/1031/2290.htm",
        title="关于2022级地质学专业火山地质野外实习安排的通知",
        record_title="关于2022级地质学专业火山地质野外实习安排的通知-地理与地质系",
        date="2025-06-16",
        notes="university department page; decimal headings and a schedule table kept; safety rule about 下载 a tracking app kept",
        page=modern(
            "关于2022级地质学专业火山地质野外实习安排的通知-地理与地质系",
            "焰山学院 · 地理与地质系",
            "系部首页　系部概况　师资队伍　本科教学　科学研究　学生工作",
            "当前位置: 首页 &gt;&gt; 本科教学 &gt;&gt; 通知",
            "发布者：教学办　　发布时间：2025年06月16日　　点击数：",
            box("l", ["友情链接", "学校主页", "图书馆", "教务系统"]),
            "<p>⟦m 版权所有 © 焰山学院地理与地质系⟧</p><p>⟦m 地址：焰山市学府路200号⟧</p>",
            post="<p>⟦a 【关闭】【打印】⟧</p>",
        ),
        body="""
1 实习安排
1.1 实习地点：焰山火山地质公园及周边地区。
1.2 实习日程：
日期　内容
7月1日—7月3日　火山地貌观察
7月4日—7月6日　岩石采样与填图
2 安全要求
2.1 学生须下载并登录实习定位小程序，每日按时打卡。
2.2 不得单独进入火山口区域，不得攀爬熔岩崖壁。
""",
    ),
    dict(
        slug="localforum-zhakou-notice-weir-floors-jammer",
        site="闸口人家论坛 (invented)",
        style="地方论坛",
        genre="通告",
        kind="notice",
        form="html",
        source="http://www.zhakourenjia.com/forum.php?mod=viewthread&tid=55021",
        title="关于拦河闸开闸泄洪的紧急通告",
        record_title="[扩散] 关于拦河闸开闸泄洪的紧急通告 - 闸口杂谈 - 闸口人家论坛",
        date="2025-07-02",
        date_also=["2025-07-03"],
        notes="Discuz-like county forum with jammer fonts in the post; floors; post date differs from the 通告's date",
        page=modern(
            "[扩散] 关于拦河闸开闸泄洪的紧急通告 - 闸口杂谈 - 闸口人家论坛",
            "闸口人家论坛",
            "论坛 · 闸口杂谈 · 二手市场 · 招聘求职 · 房产",
            "闸口人家论坛 › 闸口杂谈 › 查看帖子",
            "水边的阿亮　发表于 2025-7-3 06:12　|　只看该作者",
            box("l", ["本版热帖", "闸口镇今晚停电通知", "谁家丢了一只黄狗"]),
            "<p>⟦l 沙发：转起来，河边钓鱼的快撤⟧</p><p>⟦l 板凳：去年就淹过一次，大家注意⟧</p><p>⟦m Powered by Discuz! X3.5　© 2011-2025 闸口人家⟧</p>",
            scripts=False,
        ),
        junk=dict(lines=1, glued=2),
        body="""
受上游持续强降雨影响，闸口拦河闸上游水位已超过警戒水位。经县防汛抗旱指挥部批准，拦河闸定于7月3日8时开闸泄洪。
请下游沿河群众立即撤离河滩，不要在河边钓鱼、游泳、洗衣。
各村要安排专人巡查，劝离河道内人员。
闸口拦河闸管理所
2025年7月2日
""",
    ),
    dict(
        slug="download-wenziyuan-rules-bronze-melting",
        site="文资源下载网 (invented)",
        style="资料下载站",
        genre="制度",
        kind="regulation",
        form="text",
        source="http://www.wenziyuan.net/down/zhidu/18820.html",
        title="铜坊青铜铸造工坊熔炼作业操作规程",
        record_title="铜坊青铜铸造工坊熔炼作业操作规程 免费下载",
        date=None,
        notes="download station as text; file-info lines, mirror links, unzip password and a dead-link report; rule speaks of 复制",
        page="""
!m 文资源下载网 - 专注实用文档下载
!m 当前位置：首页 → 规章制度 → 安全规程
!t 铜坊青铜铸造工坊熔炼作业操作规程 免费下载
!m 软件大小：41KB｜软件语言：简体中文｜更新日期：2025-04-02｜下载次数：318
!l 资料介绍
{BODY}
!a 本地下载1　本地下载2　网通镜像
!a 解压码：wzy2025
!l 链接失效请反馈，我们会在24小时内修复
!d 下载的资料仅供学习研究，请于下载后24小时内删除。
""",
        body="""
一、熔炼前检查坩埚有无裂纹，炉前地面不得有积水。
二、作业人员必须穿戴阻燃服、防护面罩和隔热手套。
三、铜料、锡料入炉前应当预热烘干，严禁投入潮湿炉料。
四、浇注时非作业人员撤离至警戒线以外。
五、熔炼记录由班长当班填写，不得复制上一班记录。
""",
    ),
    dict(
        slug="exam-yanshan-interview-geopark-guides",
        site="焰山市人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="announcement",
        form="text",
        source="http://www.ysrsks.cn/ggtz/2025/0508/731.html",
        title="焰山火山地质公园管理处2025年招聘讲解员面试公告",
        record_title="焰山火山地质公园管理处2025年招聘讲解员面试公告",
        date="2025-05-08",
        notes="exam site as text; interview table; sentence about 打印 面试通知书 kept; document's 咨询电话 kept beside the site's technical line",
        page="""
!m 焰山市人事考试信息网
!m 首页 | 考试动态 | 报名入口 | 准考证打印 | 成绩查询
!m 发布日期：2025-05-08　　来源：市人事考试院
{T}
{BODY}
!m 网上报名技术咨询：0738-2901166（工作日9:00-17:00）
!d 本网站是焰山市人事考试院唯一官方网站
""",
        body="""
根据笔试成绩，现将焰山火山地质公园管理处招聘讲解员面试有关事项公告如下。
一、面试时间和地点：
岗位　面试时间　地点
讲解员A　5月17日上午　公园游客中心
讲解员B　5月17日下午　公园游客中心
二、考生请于5月14日起登录本网打印面试通知书。
三、面试时须携带身份证和面试通知书原件。
咨询电话：0738-6120077
""",
    ),
    dict(
        slug="tender-pitang-bid-result-tannery-wastewater",
        site="皮塘县政府采购网 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="tender",
        form="html",
        source="https://zfcg.pitang.gov.cn/cggg/zbgg/2025/0529/882.html",
        title="皮塘县制革园区污水处理站提标改造项目中标结果公告",
        record_title="【中标公告】皮塘县制革园区污水处理站提标改造项目中标结果公告",
        date="2025-05-29",
        notes="procurement portal; bid result table; purchaser and agency contacts kept next to the platform's CA hotline; countdown and notice chrome",
        page=modern(
            "皮塘县政府采购网",
            "皮塘县政府采购网",
            "首页 · 采购公告 · 中标公告 · 政策法规 · 下载专区",
            "首页 ＞ 中标公告",
            "公告日期：2025年05月29日　｜　项目编号：PTCG-2025-0417",
            box("m", ["CA锁服务热线：400-096-5518", "平台技术支持：0739-6680011"]),
            "<p>⟦d 公告内容由采购人、代理机构负责，本网站不承担法律责任⟧</p><p>⟦m 皮塘县财政局主办⟧</p>",
            tools="打印　收藏",
        ),
        body="""
一、项目名称：皮塘县制革园区污水处理站提标改造项目。
二、中标结果：
供应商　中标金额（万元）　工期
湘澄环保工程有限公司　768.42　150日历天
三、公告期限：自本公告发布之日起1个工作日。
采购人：皮塘县制革园区管理委员会　联系人：秦浣　电话：0739-6631208
代理机构：衡通招标咨询有限公司　联系人：段晴　电话：0739-8205519
""",
    ),
    dict(
        slug="lawfirm-html-lecture-snake-farm-permits",
        site="正衡律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="article",
        form="html",
        source="https://www.zhenghenglaw.com/case/2025/0414.html",
        title="养殖蛇类要办哪些许可",
        record_title="以案说法 | 养殖蛇类要办哪些许可",
        date="2025-04-14",
        notes="law firm; column prefix; consult box and WeChat prompt; numbered list kept; a sentence about 扫码 (the licence code) kept",
        page=modern(
            "以案说法 | 养殖蛇类要办哪些许可 - 正衡律师事务所",
            "正衡律师事务所",
            "首页　律所简介　以案说法　律师团队　联系我们",
            "首页 / 以案说法",
            "撰稿：正衡律所　唐律师　｜　日期：2025-04-14",
            "<div class='consult'>⟦w 免费咨询 · 律师在线 · 24小时内回电⟧</div>" + box("m", ["电话：0731-8522 6060"]),
            "<p>⟦d 本文不构成法律意见，具体问题请咨询专业律师⟧</p><p>⟦m 湘ICP备21004455号-2⟧</p>",
        ),
        body="""
樟埠县一养殖户未办许可养殖眼镜蛇，被林业部门责令停止养殖并没收蛇类。
养殖蛇类，一般需要办理以下手续：
1.野生动物人工繁育许可证；
2.经营利用的，还需办理经营利用许可；
3.运输出售的，应当附有专用标识，购买方可以扫码查验来源。
建议养殖户在引种前先到县林业部门咨询，以免投入打了水漂。
""",
    ),
    dict(
        slug="community-zhakou-notice-weir-swimming-ban",
        site="闸口社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://zhakou.shequ365.cn/gonggao/2025-06-27.html",
        title="关于严禁到拦河闸附近游泳戏水的通知",
        record_title="关于严禁到拦河闸附近游泳戏水的通知",
        date="2025-06-27",
        record_date="2025-06-27",
        notes="residents' site; 网格员 phone and the weir office's duty phone kept beside the community's service line; join-volunteers button after a paragraph",
        page=modern(
            "闸口社区服务网",
            "闸口社区服务网",
            "社区首页 - 通知公告 - 办事指南 - 志愿服务 - 邻里圈",
            "社区首页 &gt; 通知公告",
            "发布：闸口社区居委会　2025-06-27　阅读 188",
            box("m", ["社区服务热线：0739-6101122", "物业报修：0739-6101133"]),
            "<p>⟦m 闸口社区居民委员会　技术支持：社区365⟧</p>",
            scripts=False,
        ),
        body="""
各位居民：
暑假将至，拦河闸上下游水深流急，每年都有人员落水的险情。
请家长看管好孩子，严禁到拦河闸附近游泳、戏水、钓鱼。⟦a 我要报名当护河志愿者⟧
发现有人在闸区游泳，请及时劝阻或拨打拦河闸管理所值班电话0739-6107716。
网格员：何清　电话：13807396620
闸口社区居民委员会
2025年6月27日
""",
    ),
    dict(
        slug="association-tongfang-minutes-bronze-craft",
        site="铜坊青铜工艺协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.tfqtxh.org.cn/news/2025/0322-3.html",
        title="铜坊青铜工艺协会会长办公会议纪要",
        record_title="协会动态｜铜坊青铜工艺协会会长办公会议纪要",
        date="2025-03-21",
        notes="association site; minutes' 时间/地点/主持/出席/记录 lines and a vote count kept; join prompt and footer chrome",
        page="""
!m 铜坊青铜工艺协会　传承铸铜技艺
!m 协会首页 ｜ 协会动态 ｜ 会员企业 ｜ 作品展示 ｜ 入会须知
{T}
!m 发布时间：2025-03-22　编辑：协会秘书处
{BODY}
!a 欢迎铸铜企业和手艺人加入协会，入会申请表请向秘书处索取
!m 协会地址：铜坊县古城街18号　电话：0739-7330918
""",
        date_also=["2025-03-22"],
        body="""
时间：2025年3月21日
地点：协会会议室
主持：会长欧阳铸
出席：副会长3人，秘书长1人
记录：邱小铜
一、会议研究了第四届铸铜技艺大赛筹备工作，决定大赛于9月举办。
二、会议同意吸收铜坊古韵铜艺工作室等4家单位为会员单位。
表决结果：同意5票，反对0票。
""",
    ),
]
