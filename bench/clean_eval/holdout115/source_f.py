"""holdout115, part F: lightning rods for village houses on a Q&A site, a residents' notice on
cleaning roof water tanks, and a pedestrian-overpass maintenance plan on a download station.
Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="qa-bilei-lightning-rod-village-house",
        site="邻家问答 (invented)",
        style="问答社区",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.linjiawenda.example.com/question/5520871",
        title="关于农村自建房加装避雷针的温馨提示",
        record_title=None,
        date="2025-06-03",
        notes="a Q&A page: the question and its asker, a certified answerer badge, the answer holds a township's reminder; vote row and related questions; no record title; 发布于 line gives the date",
        page="""
!m 邻家问答 › 生活 › 房屋建造
!m 问：老家盖了三层楼，要不要装避雷针？找谁装？
!m 提问者：回乡盖房的阿强　　3个回答
!m 认证回答　柳湾镇应急办 小何　　发布于 2025-06-03
{T}
{BODY}
!l 赞同 41　　反对 0　　收藏　　举报
!l 相关问题：避雷针多少钱一套？ ｜ 打雷时能不能洗澡？
!d 回答内容仅代表答主个人观点
""",
        body="""
各位村民朋友：
进入雷雨季节，我镇多次发生雷击自建房事件。三层以上或位于山顶、水边的自建房，建议加装避雷装置。
一、请选择具有防雷工程资质的单位设计安装，不要自行用钢筋“土法”安装。
二、避雷针、引下线和接地装置要连成一体，接地电阻要符合要求，安装后请检测机构检测。
三、雷雨天气请关好门窗，远离金属水管和电器插座。
""",
    ),
    dict(
        slug="community-fenghuang-water-tank-cleaning",
        site="凤凰苑社区服务站 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://fhy.sqfw.example.cn/gonggao/2025-0921.html",
        title="关于二次供水水箱清洗消毒暂停供水的通知",
        record_title="关于二次供水水箱清洗消毒暂停供水的通知（转）",
        date="2025-09-21",
        notes="a residents' site in text: a community slogan, a 便民电话 list box (chrome), a 'forwarded from property' line; the notice's own 联系电话 kept; a time table one row a paragraph; date under the signature",
        page="""
!m 凤凰苑社区服务站 ｜ 邻里守望 共建家园
!m 首页 ＞ 社区通知
!t 关于二次供水水箱清洗消毒暂停供水的通知（转）
!m 转自：凤凰苑物业服务中心　　浏览：376
{BODY}
!w 便民电话：开锁 0771-5533110　家电维修 0771-5533220
!l 上一则：中秋游园活动报名　　下一则：楼道杂物清理倡议
""",
        body="""
各位业主：
根据卫生部门要求，物业服务中心将对小区二次供水水箱进行年度清洗消毒，届时暂停供水，具体安排如下：
楼栋　停水时间
1至6栋　9月24日8:00-16:00
7至12栋　9月25日8:00-16:00
请各位业主提前储水，停水期间关闭家中水龙头。恢复供水后请先放水两分钟再使用。
物业服务中心联系电话：0771-5532016。
凤凰苑物业服务中心
2025年9月21日
""",
    ),
    dict(
        slug="download-tianqiao-overpass-maintenance",
        site="工程资料网 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.gcziliao.example.com/down/fangan/77201.html",
        title="人行天桥日常养护工作方案",
        record_title="人行天桥日常养护工作方案.doc",
        date=None,
        notes="a download station in text: file info lines, mirror links, a 'report dead link' line, an unzip notice; a file-name title; cut by page markers '〔2〕' glued to lines; no date",
        pages=dict(fmt="〔{n}〕", every=70, start=2, glue=True),
        page="""
!m 工程资料网 → 方案下载 → 市政工程
!m 文件名称：人行天桥日常养护工作方案.doc　　文件大小：52KB　　更新：2025-03-08
!t 人行天桥日常养护工作方案.doc
{BODY}
!a 下载地址：［普通下载］　［高速下载］　［备用下载］
!a 下载链接无效？请报告错误
!d 本站资料均为网友上传，下载后请于24小时内删除
""",
        body="""
为加强城区人行天桥的日常养护，保障行人通行安全，制定本方案。
一、养护范围。城区现有人行天桥十四座，包括梯道、桥面、栏杆、雨棚和电梯。
二、日常巡查。养护单位每日巡查一次，重点检查桥面铺装有无破损、栏杆有无松动、排水是否通畅。
三、定期检测。每年委托专业机构对天桥结构进行一次检测，对发现的病害及时维修。
四、应急处置。遇冰雪天气，及时在梯道和桥面撒布防滑材料，必要时临时封闭。
""",
    ),
]
