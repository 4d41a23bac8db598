"""holdout176, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网, 问答社区. Invented text."""

CASES = [
    dict(
        slug="blog-shuiku-keeper-summary",
        site="老葛的巡库日记 (invented)",
        style="博客",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://laoge-xunku.blogbus.cn/post/2023-12-30-xunku",
        title="2023年小型水库巡查工作小结",
        record_title="【巡库日记】2023年小型水库巡查工作小结 - 老葛的巡库日记",
        date="2023-12-30",
        notes="blog column prefix and site suffix; 发表于 line; hard-wrapped at 64 columns; mid-body chrome line",
        page="""
!m 老葛的巡库日记 —— 一个水库巡查员的日常
!m 首页 | 巡库日记 | 水利常识 | 留言板
【巡库日记】{T}
!m 发表于 2023-12-30 20:11 | 阅读 58 | 评论 3
{BODY}
!l 分类：巡库日记 | 标签：水库 巡查 汛期
!l 上一篇：冬季水库为什么要降低水位　下一篇：没有了
!m 本博客由 blogbus.cn 提供技术支持
""",
        wrap=64,
        indent="\u3000\u3000",
        body="""
今年我负责槐树冲、石门坳两座小（2）型水库的日常巡查，全年巡查286次，其中汛期加密巡查94次，发现并上报问题11个，均已处理完毕。
汛期最紧张的是7月下旬，连续四天降雨，槐树冲水库水位一度超过汛限水位0.4米，我按照预案每两小时报一次水位，溢洪道过流正常，没有出现险情。
⟦l 推荐阅读：巡查员必备的十件小工具⟧
存在的问题主要是石门坳水库坝后有两处渗水点，已经报乡水利站列入明年除险加固计划。
明年打算把手机巡查软件用熟，做到巡查轨迹、照片当天上传。
""",
    ),
    dict(
        slug="wechat-wenlv-notice-village-tourism",
        site="栎川文旅 公众号镜像 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="html",
        source="https://mp.weixin-mirror.cn/s/8dKq2Lw0_lichuanwenlv",
        title="关于举办2024年栎川县乡村旅游季系列活动的通知",
        record_title="关于举办2024年栎川县乡村旅游季系列活动的通知｜栎川文旅",
        date="2024-04-02",
        date_also=["2024-04-03"],
        notes="WeChat mirror with account line date (day after), 阅读原文/在看; the document's own 联系人 and 电话; a sentence telling readers to 关注 kept",
        page="""
<html><head><title>关于举办2024年栎川县乡村旅游季系列活动的通知｜栎川文旅</title></head><body>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="meta">⟦m 栎川文旅⟧ ⟦m 2024-04-03 08:00⟧ ⟦m 发表于四川⟧</div>
<div class="tip">⟦a 点击上方蓝字“栎川文旅”关注我们⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="bottom">⟦l 往期推荐⟧<br>⟦l 栎川这片油菜花海，美到犯规！⟧<br>⟦l 清明假期全县景区接待游客12.6万人次⟧</div>
<div>⟦m 来源：县文化广电旅游局⟧ ⟦m 编辑：小栎⟧ ⟦m 审核：任佳⟧</div>
<div class="tool">⟦a 阅读原文⟧ ⟦a 分享⟧ ⟦a 在看⟧ ⟦a 点赞⟧</div>
<div class="qr">⟦l 长按识别二维码 关注栎川文旅⟧</div>
</div></body></html>
""",
        body="""
各乡镇人民政府，县级有关部门，各旅游经营单位：
为进一步激活乡村旅游消费，经研究，决定于2024年4月至10月举办乡村旅游季系列活动。现将有关事项通知如下。
一、活动安排
4月：竹林花海徒步节（大坪乡）
6月：枇杷采摘节（龙潭镇）
9月：稻田丰收音乐会（高桥镇）
二、工作要求
各承办乡镇要于活动开始前15天报送活动方案和安全预案。各旅游经营单位可关注“栎川文旅”微信公众号，及时了解活动信息并报名参与。
联系人：蒲晓雯，电话：0838-6621473。
栎川县文化广播电视和旅游局
2024年4月2日
""",
    ),
    dict(
        slug="wechat-kejitepai-proposal",
        site="岙山科技 公众号镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="proposal",
        form="text",
        source="https://wx.feedmirror.net/aoshankeji/20240520/1",
        title="致全县科技特派员的倡议书",
        record_title=None,
        date="2024-05-20",
        notes="title missing from the record; text-mode WeChat mirror with 在看/留言 chrome; date under the signature",
        page="""
!m 岙山科技
!m 岙山县科学技术局 2024年05月21日 09:12
{T}
!a 👆点击上方“岙山科技”，及时获取科技资讯
{BODY}
!a 喜欢就点个“在看”吧
!l 写留言
!l 精选留言：作为一名特派员，我们一定把技术送到田间！
!m 微信扫一扫 关注该公众号
""",
        body="""
全县科技特派员同志们：
今年，全县共选派科技特派员162名，联系服务行政村148个、农业经营主体305家。为进一步发挥科技特派员作用，县科技局倡议：
一是扎根一线。每人每月在服务村的时间不少于4天，做到有事找得到人、有难题有人帮。
二是精准服务。围绕茶叶、中药材、高山蔬菜等主导产业，每人至少推广一项新技术、一个新品种。
三是带出队伍。每人至少结对培养两名“土专家”“田秀才”，让技术在村里留得住。
让我们把论文写在大地上，为乡村产业发展贡献科技力量！
岙山县科学技术局
2024年5月20日
""",
    ),
    dict(
        slug="docshare-veneer-mill-rules",
        site="共享文档馆 (invented)",
        style="文档分享",
        genre="制度",
        kind="rules",
        form="html",
        source="https://www.gxwdg.com/doc/3318720456.html",
        title="单板厂旋切车间安全生产管理规定",
        record_title="单板厂旋切车间安全生产管理规定（可编辑）",
        date=None,
        notes="decorated title; articles that speak of 扫码 and 打印 kept; upload notice; no date",
        page="""
<!DOCTYPE html><html><head><title>单板厂旋切车间安全生产管理规定（可编辑）- 共享文档馆</title></head><body>
<header>⟦m 共享文档馆　海量文档 免费分享⟧ ⟦a 上传文档⟧ ⟦a 登录⟧</header>
<div class="crumb">⟦m 共享文档馆 › 行业资料 › 制度规范⟧</div>
<h1>⟦t 单板厂旋切车间安全生产管理规定（可编辑）⟧</h1>
<div class="meta">⟦m 贡献者：mubanchang2019　　大小：31KB　　格式：DOCX　　下载次数：46⟧</div>
<div class="op">⟦a 免费下载⟧ ⟦a 收藏⟧ ⟦a 纠错⟧</div>
<div class="doc">
{BODY}
</div>
<p class="notice">⟦d 温馨提示：本文档由用户自行上传分享，仅用于学习交流，如有侵权请联系删除。⟧</p>
<div class="more">⟦l 相关文档⟧<ul><li>⟦l 木材加工企业粉尘防爆管理制度⟧</li><li>⟦l 车间交接班记录表⟧</li></ul></div>
<footer>⟦m 客服QQ：3125570814　工作时间 9:00-18:00⟧</footer>
</body></html>
""",
        body="""
第一条　为规范旋切车间生产秩序，预防机械伤害和火灾事故，制定本规定。
第二条　旋切机、剪板机操作人员须经公司安全培训考核合格，持上岗证作业。
第三条　每班开机前，操作人员须扫码完成设备点检，点检记录由系统自动生成，班组长每周打印一次存档。
第四条　清理卡刀、更换刀片时必须停机断电并挂牌，严禁在设备运转中伸手处理。
第五条　车间内木屑每班清扫不少于两次，严禁吸烟和动用明火。
第六条　本规定自发布之日起施行，由安全环保部负责解释。
""",
    ),
    dict(
        slug="docshare-egg-grading-minutes",
        site="易享文档 (invented)",
        style="文档分享",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="https://www.yixiangdoc.cn/p/20240315/77310.html",
        title="禽蛋分级中心质量工作例会纪要",
        record_title="禽蛋分级中心质量工作例会纪要.pdf",
        date="2024-03-14",
        notes="file-name title; minutes' 时间/地点/主持/参会/记录 lines kept; meeting date is the date",
        page="""
!m 易享文档 | 文档详情
!t 禽蛋分级中心质量工作例会纪要.pdf
!m 文档页数：2　　上传时间：2024-03-15　　浏览：103
!a 下载本文档（需2积分）　　分享　　收藏
{BODY}
!d 以上内容由上传者提供，易享文档仅提供存储服务。
!l 猜你喜欢：蛋品企业HACCP计划书 | 仓库温湿度记录表
!m yixiangdoc.cn 苏ICP备21044920号
""",
        body="""
时间：2024年3月14日下午2:30
地点：中心二楼会议室
主持：滕建波
参会：分级车间、品控部、仓储部负责人及班组长
记录：钟悦
会议通报了2月份蛋品质量情况：共分级鲜蛋1860吨，破损率0.83%，比1月下降0.12个百分点；裂纹蛋检出准确率98.1%。
会议议定以下事项：
1. 光检岗位实行两小时轮换，避免视觉疲劳造成漏检。
2. 品控部每周抽检成品蛋不少于30批次，结果在车间公示栏张贴。
3. 仓储部3月底前完成冷库温度探头校准。
""",
    ),
    dict(
        slug="edu-heyang-notice-electric-shock",
        site="禾阳县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.heyang.gov.cn/tzgg/2024/0520/6713.html",
        title="关于开展校园防触电安全专项检查的通知",
        date="2024-05-20",
        notes="education portal; 附件 list kept; 文号 neutral; the bureau's own contact next to the site's service phone",
        page="""
<!DOCTYPE html><html><head><title>关于开展校园防触电安全专项检查的通知 - 禾阳县教育体育局</title></head><body>
<div class="head">⟦m 禾阳县教育体育局⟧ ⟦m 办人民满意的教育⟧</div>
<nav>⟦m 首页 | 机构概况 | 教育动态 | 通知公告 | 招生考试 | 资源下载⟧</nav>
<div class="pos">⟦m 位置：首页 &gt;&gt; 通知公告⟧</div>
<h3>{T}</h3>
<div class="info">⟦m 发布人：安全股　　发布日期：2024-05-20　　阅读：⟧</div>
<p>禾教体〔2024〕37号</p>
{BODY}
<div>⟦l 上一篇：关于做好2024年中考报名工作的通知⟧</div>
<div>⟦l 下一篇：全县中小学防溺水教育工作推进会召开⟧</div>
<footer>⟦m 地址：禾阳县城关镇文昌路18号　服务电话：0597-3318026⟧<br>⟦m 闽ICP备09004721号⟧</footer>
</body></html>
""",
        body="""
各中小学、幼儿园：
近期气温升高，用电负荷加大，为防止校园触电事故发生，县教育体育局决定在全县开展校园防触电安全专项检查。
一、检查时间：5月22日至6月10日。
二、检查内容：配电房和电箱管理、教室及宿舍线路、电扇空调等电器安装、室外照明和变压器周边防护等。
三、有关要求：各校要先自查，6月5日前将自查表报安全股；县局将组织电力部门技术人员进行抽查。
联系人：邬志强，电话：0597-3318042，邮箱：hyjtaqg@163.com。
附件：1.校园防触电安全自查表
2.校园用电安全隐患整改台账
禾阳县教育体育局
2024年5月20日
""",
    ),
    dict(
        slug="edu-zhixiao-news-skill-contest",
        site="泷江县职业教育信息网 (invented)",
        style="教育门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://zj.longjiang.edu.cn/xwdt/20231122/412.html",
        title="我县职校学生在全市职业院校技能大赛中获佳绩",
        record_title="我县职校学生在全市职业院校技能大赛中获佳绩_职教动态_泷江县职业教育信息网",
        date="2023-11-22",
        notes="column and site suffix; results table one row a paragraph; 发布时间 line",
        page="""
!m 泷江县职业教育信息网
!m 当前位置：首页 > 职教动态
{T}
!m 发布时间：2023-11-22　　来源：县职教中心　　作者：伍芳
{BODY}
!a 【打印】 【收藏】 【关闭】
!l 相关链接：市教育局 | 市职教网 | 县人社局
!m 版权所有：泷江县教育局　技术支持：县电教站
""",
        body="""
11月18日至20日，全市职业院校技能大赛在市技师学院举行。我县职教中心选派21名学生参加8个项目的比赛，获一等奖3个、二等奖5个、三等奖6个。
部分获奖情况如下：
项目　学生　奖项
电子产品装配与调试　莫少杰　一等奖
中式烹饪　谭依然　一等奖
汽车机电维修　邓浩宇　一等奖
服装设计与制作　陆佳琪　二等奖
获得一等奖的选手将代表全市参加明年的全省比赛。
""",
    ),
    dict(
        slug="intranet-spinning-mill-minutes",
        site="锦纶纺纱公司OA (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.jinlun-fs.local/doc/view.aspx?id=20240117003",
        title="2024年第一次生产调度会议纪要",
        record_title="内部文件：2024年第一次生产调度会议纪要",
        date="2024-01-16",
        notes="intranet document view with 流转记录 and read count; minutes' lines kept; a vote count",
        page="""
<html><head><title>内部文件：2024年第一次生产调度会议纪要</title></head><body>
<div class="oa-top">⟦m 锦纶纺纱有限公司协同办公平台⟧ ⟦m 当前用户：马晓红⟧ ⟦a 退出⟧</div>
<div class="menu">⟦m 待办事宜　已办事宜　公文管理　通知公告　通讯录⟧</div>
<div class="bar">⟦m 公文管理 &gt; 会议纪要 &gt; 查看⟧</div>
<h2>{T}</h2>
<div class="docinfo">⟦m 拟稿：生产部 胡倩　　密级：内部　　阅读次数：211⟧</div>
{BODY}
<div class="flow">⟦m 流转记录：胡倩 拟稿 01-16 16:20 → 顾长明 审核 01-17 08:45 → 办公室 分发 01-17 09:30⟧</div>
<div class="btns">⟦a 打印⟧ ⟦a 转发⟧ ⟦a 返回列表⟧</div>
<div class="foot">⟦d 本系统仅限公司内部使用，严禁外传⟧</div>
</body></html>
""",
        body="""
时间：2024年1月16日上午9:00
地点：公司三楼会议室
主持：顾长明
出席：各车间主任、设备部、质检部、供应部负责人
记录：胡倩
一、1月上旬生产情况。全公司产纱1230吨，完成计划的102%；细纱断头率下降到每千锭时42根。
二、春节前后生产安排。会议同意2月5日至2月14日安排轮休，细纱一车间保持两班生产，以满足出口订单交期。表决结果：同意11人，反对0人，弃权1人。
三、设备检修。设备部利用节日停机时间完成梳棉机针布更换和空调室清洗。
""",
    ),
    dict(
        slug="intranet-bus-depot-bulletin",
        site="澄江公交集团内网 (invented)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://10.18.2.5/portal/notice/2024/0304-12.html",
        title="关于停保场车辆进出场违规情况的通报",
        record_title="关于停保场车辆进出场违规情况的通报",
        date="2024-03-04",
        notes="text intranet export; chrome line between paragraphs; 抄送 版记 kept",
        page="""
!m 澄江公交集团门户 > 通知通报
{T}
!m 发布部门：安全运营部　　发布时间：2024-03-04 15:02　　已读：318人
{BODY}
!a 附件下载（0）　　标记为已读　　返回
!m 澄江公交集团信息中心维护 分机 8012
""",
        body="""
各车队：
2月份，安全运营部通过监控抽查发现，东郊停保场共有车辆进出场违规17起，其中超速进场9起、未按线路倒车5起、占用消防通道停车3起。
⟦a 点击查看监控截图（内网）⟧
对涉及的驾驶员，按照《车辆场站管理办法》扣减当月安全考核分，三车队因违规次数最多被通报批评。
各车队要在例会上组织学习场内行车规定，停保场进出口限速每小时5公里，严禁超速。
澄江公交集团安全运营部
2024年3月4日
抄送：集团领导，各停保场站长
""",
    ),
    dict(
        slug="qa-forest-chief-patrol-record",
        site="知问社区 (invented)",
        style="问答社区",
        genre="问答",
        kind="qa",
        form="html",
        source="https://www.zhiwen365.com/question/51193208",
        title="村级林长巡林记录怎么写？有没有模板",
        record_title=None,
        date="2024-02-21",
        notes="question as the title (missing from the record); 回答于 line is the page's date; template placeholders kept",
        page="""
<!DOCTYPE html><html><head><title>村级林长巡林记录怎么写？有没有模板 - 知问社区</title></head><body>
<header>⟦m 知问社区⟧ ⟦m 有问题，就会有答案⟧ ⟦a 写回答⟧ ⟦a 登录/注册⟧</header>
<div class="q"><h1>{T}</h1>
<div class="qmeta">⟦m 关注者 12　被浏览 2,431⟧</div></div>
<div class="answer"><div class="author">⟦m 山里的老护林⟧ ⟦m 林业站干部⟧</div>
{BODY}
<div class="time">⟦m 回答于 2024-02-21 19:40⟧</div>
<div class="actions">⟦a 赞同 86⟧ ⟦a 添加评论⟧ ⟦a 分享⟧ ⟦a 收藏⟧</div></div>
<aside>⟦l 相关问题⟧<br>⟦l 林长制工作总结怎么写？⟧<br>⟦l 护林员巡山有补贴吗？⟧</aside>
<footer>⟦m © 2024 知问社区　京ICP备18027731号⟧</footer>
</body></html>
""",
        body="""
巡林记录不用写得很复杂，关键是时间、路线、发现的问题和处理结果四样要写清楚。我们站里给村级林长用的格式是这样的：
巡林时间：____年__月__日
巡林路线：从____到____
发现问题：有无乱砍滥伐、违规用火、毁林开垦、病虫害等
处理情况：现场制止／上报乡林业站／其他
巡林人签字：________
另外提醒一下，现在很多地方已经用手机巡护软件，轨迹自动记录，纸质记录作为补充就行。
""",
    ),
    dict(
        slug="qa-public-property-warehouse",
        site="问必答 (invented)",
        style="问答社区",
        genre="问答",
        kind="qa",
        form="text",
        source="https://wenbida.com/q/2023/0918/661042",
        title="机关单位闲置资产交公物仓要走什么流程？",
        record_title="机关单位闲置资产交公物仓要走什么流程？_问必答",
        date=None,
        notes="Q&A with relative time (no date); numbered steps kept; a hidden-answer prompt",
        page="""
!m 问必答 > 政务办事 > 资产管理
{T}
!m 提问者：匿名用户　　5天前
!l 最佳答案
{BODY}
!m 回答者：财会小达人　　5天前
!a 有用(23)　　没用(1)　　分享
!a 还有2条回答，登录后查看
!l 其他人还在问：行政事业单位资产报废审批权限是多少？
""",
        body="""
一般流程是这样的，各地细节可能略有不同：
1. 单位先在资产管理系统里提出“闲置资产移交”申请，填写资产编号、名称、原值和使用状况。
2. 主管部门审核同意后，报财政部门（公物仓管理中心）审批。
3. 公物仓工作人员上门核对实物，双方在交接清单上签字，系统里的资产同时转出。
4. 交接完成后，单位要及时做账务处理，不能再计入本单位资产。
需要注意的是，已经达到报废标准的资产不进公物仓，要走报废处置程序。
""",
    ),
]
