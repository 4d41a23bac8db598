"""holdout117, part F: encyclopaedia entries, cloud-drive shares, search snapshots, print views
and forwarded mails, on AEDs, nursing rooms, footbridges, slow mail and lost children. Invented."""

CASES = [
    dict(
        slug="wiki-baike-slowmail-entry-html",
        site="知源百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan.example.com/item/慢递/8812031",
        title="慢递",
        record_title="慢递_知源百科",
        date=None,
        notes="encyclopaedia entry: edit links, contents box, an example date inside a sentence not the date, references box",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>慢递_知源百科</title></head><body>
<div class="top">⟦m 知源百科⟧ <a>⟦a 进入词条⟧</a> <a>⟦a 登录⟧</a></div>
<h1>{T}</h1>
<div class="edit">⟦a 编辑　讨论　收藏　赞⟧</div>
<div class="toc">⟦l 目录 1 定义 2 发展 3 业务流程⟧</div>
{BODY}
<div class="ref">⟦l 参考资料：1. 《书信文化与现代邮政》⟧</div>
<div class="stat">⟦m 词条统计：浏览次数 20934　编辑次数 7 次　最近更新：书信研究者（2025-05-11）⟧</div>
<footer>⟦d ©2025 知源百科　使用百科前必读　百科协议⟧</footer>
</body></html>
""",
        body="""
慢递，是指寄件人将信件交由邮政或专门机构保管，在寄件人指定的未来某一日期再行投递的一种寄递服务，又称“时光慢递”“未来信”。
慢递最初多见于旅游景区的主题邮局，后逐步在学校、图书馆和邮政营业网点推广。
办理慢递时，寄件人需填写寄存单，注明投递日期，例如“2035年6月1日”，并预留可长期联系的电话。
由于保管期较长，部分机构会在投递前核实地址，地址失效的信件按约定退回或继续保管。
""",
    ),
    dict(
        slug="wiki-wenda-footbridge-qa-text",
        site="百问网 (invented)",
        style="百科问答",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.baiwen.example.net/q/44188.html",
        title="人行天桥和地下通道哪个更好？",
        record_title="人行天桥和地下通道哪个更好？_百问网",
        date=None,
        notes="Q&A page: numbered comparison kept; relative time (3个月前) not a date; answer meta",
        page="""
!m 百问网 > 城市建设
{T}
!m 2个回答 · 浏览 811
!m 城建小白 · 3个月前
{BODY}
!l 这个回答对您有帮助吗？　有　没有
!l 更多相关：城市道路为什么要设置安全岛？
""",
        body="""
两者各有优缺点，要看具体位置。
1.人行天桥造价较低、施工快，不受地下管线影响，但上下台阶多，老人、残疾人和推婴儿车的市民不方便，需要加装电梯或坡道。
2.地下通道不影响城市景观，冬暖夏凉，但造价高，容易积水，夜间照明和治安管理要求也更高。
3.在道路不太宽、车流量不大的地方，设置带信号灯的平面人行横道往往是更友好的选择。
""",
    ),
    dict(
        slug="netdisk-yunzhu-lostchild-plan-text",
        site="云筑网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://pan.yunzhu.example.com/s/1vQx7Lm2",
        title="2025年景区游客走失儿童协查工作方案",
        record_title="2025年景区游客走失儿童协查工作方案.docx",
        date="2025-04-28",
        notes="cloud-drive share: file name as title, share expiry and save prompts, preview heading; page markers ⌜n⌟ on lines of their own",
        pages=dict(fmt="⌜{n}⌟", every=150, start=2),
        page="""
!m 云筑网盘 ｜ 文件分享
!m 2025年景区游客走失儿童协查工作方案.docx　　24.6KB
!m 分享者：蔺山文旅小周　有效期：7天
!a 保存到我的网盘　　下载（需登录）
{T}
{BODY}
!a 在线预览仅显示部分内容，完整文件请下载查看
!d 请勿通过网盘传播违法违规内容，一经发现将封禁账号。
""",
        body="""
为有效应对旅游旺季游客儿童走失情况，保障游客安全，县文化旅游广电体育局会同县公安局制定本方案。
一、建立联动机制。各A级景区设立走失儿童临时看护点，景区与辖区派出所建立直通联系，接报后5分钟内通报。
二、强化技术手段。景区广播、电子屏和游客服务小程序同步发布寻人信息，出口闸机安排人员值守。
三、开展培训演练。各景区每季度至少开展1次走失儿童协查演练，演练情况报县文旅局备案。
蔺山县文化旅游广电体育局
2025年4月28日
""",
    ),
    dict(
        slug="netdisk-nas-aed-checklist-text",
        site="家庭NAS共享 (invented)",
        style="网盘分享",
        genre="制度",
        kind="other",
        form="text",
        source="http://nas.share.example.net:5000/sharing/Rk2pQ0",
        title="学校AED设备日常管理制度",
        record_title=None,
        date=None,
        notes="NAS share page: title only as a file name in the listing (missing in the record); file list chrome; no date (modification stamp)",
        page="""
!m DiskStation 共享 › 学校安全资料
!m 名称　　　　　　　　　大小　　修改日期
!m 学校AED设备日常管理制度.txt　　3KB　　2025-03-14 16:20
{T}
{BODY}
!a 下载　|　以文本方式打开　|　返回上一级
""",
        body="""
一、学校AED设备由校医室负责日常管理，安保处协助。
二、设备安放在教学楼一楼大厅和体育馆入口，不得上锁，不得随意挪动。
三、校医每周检查一次设备状态指示灯，每月核对电池和电极片有效期，并填写检查记录表。
四、设备使用后，校医应在24小时内补充耗材，并向学校安全办公室报告使用情况。
五、每学年组织全体教职工参加一次心肺复苏和AED操作培训。
""",
    ),
    dict(
        slug="snapshot-sousuo-nursing-room-frame-html",
        site="搜索快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.sousuo.example.com/c?u=www.zzsfl.example.org/tzgg/331.html",
        title="关于开展公共场所母婴室运行情况暗访的通知",
        record_title="关于开展公共场所母婴室运行情况暗访的通知 - 快照",
        date="2025-10-09",
        notes="snapshot frame: banner with cache time (not the date), highlighted query words; the portal page inside; 成文日期",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于开展公共场所母婴室运行情况暗访的通知 - 快照</title></head><body>
<div class="snap">⟦m 这是 www.zzsfl.example.org/tzgg/331.html 的快照，截取于 2025年10月21日 03:12⟧ ⟦m 您查询的关键词已高亮：母婴室 暗访⟧ ⟦a 查看原网页⟧</div>
<hr>
<div class="orig">
<div>⟦m 枳州市妇女联合会⟧</div>
<div>⟦m 首页 » 通知公告⟧</div>
<h2>{T}</h2>
{BODY}
<div>⟦m 枳州市妇联 版权所有 湘ICP备13005261号⟧</div>
</div>
</body></html>
""",
        body="""
各区县妇联：
为检验公共场所母婴室建设成效，市妇联决定于10月中下旬组织开展母婴室运行情况暗访。
一、暗访范围：各区县交通场站、医疗机构、商场和景区中已挂牌的母婴室，每个区县随机抽取不少于10个。
二、暗访内容：是否正常开放、设施是否完好、卫生是否达标、导向标识是否清晰。
三、暗访结果将在全市通报，并纳入年度妇联工作考评。
枳州市妇女联合会
2025年10月9日
""",
    ),
    dict(
        slug="snapshot-textcache-footbridge-letter-text",
        site="搜索引擎文字快照 (invented)",
        style="搜索快照",
        genre="函",
        kind="letter",
        form="text",
        source="http://webcache.example.net/search?q=cache:hxrd.example.gov.cn/jydf/2025/71.html",
        title="关于对区人大代表第71号建议的答复函",
        record_title=None,
        date="2025-06-30",
        notes="text-only cache: cache banner lines; no record title; the title in the page; 抄送 kept; a doc number neutral",
        page="""
!m 这是 Google 对 hxrd.example.gov.cn/jydf/2025/71.html 的缓存。这是该网页在 2025年8月2日 的快照。
!m 纯文字版本　　查看源代码
!m 蘅溪区人大常委会 › 建议答复
{T}
蘅城管函〔2025〕19号
{BODY}
!m 蘅溪区人大常委会办公室主办
""",
        body="""
何立群代表：
您提出的《关于为文昌路人行天桥加装电梯的建议》收悉，现答复如下。
您的建议对方便群众出行具有重要意义。我局已将文昌路天桥电梯加装列入2025年民生实事项目，工程已于1月完成招标，目前主体施工进度过半，预计9月底前投入使用。
下一步，我局将对城区其他老旧天桥进行评估，分批推进电梯或坡道改造。
感谢您对城市管理工作的关心和支持。
蘅溪区城市管理局
2025年6月30日
抄送：区人大常委会人代工委，区政府督查室。
""",
    ),
    dict(
        slug="print-jiaoling-aed-management-html",
        site="椒岭县人民政府 打印页 (invented)",
        style="打印页",
        genre="办法",
        kind="other",
        form="html",
        source="http://www.jiaoling.example.gov.cn/print.jsp?id=339877",
        title="椒岭县公共场所AED管理办法（试行）",
        record_title="打印 - 椒岭县公共场所AED管理办法（试行）",
        date="2025-08-20",
        notes="print view: print/close buttons, printed URL and print time (not the date), print footer; rules whose articles speak of 扫码/下载",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>打印 - 椒岭县公共场所AED管理办法（试行）</title></head><body>
<div class="noprint">⟦a 【打 印】　【关 闭】⟧</div>
<div>⟦m 椒岭县人民政府门户网站⟧</div>
<h2>{T}</h2>
{BODY}
<div class="pfoot">⟦m 本页网址：http://www.jiaoling.example.gov.cn/zwgk/339877.html⟧</div>
<div class="pfoot">⟦m 打印时间：2025-09-02 10:14⟧</div>
<div class="pfoot">⟦p ⌈ 第1页 ∕ 共1页 ⌋⟧</div>
</body></html>
""",
        body="""
第一条　为规范公共场所自动体外除颤器（AED）的配置、使用和管理，制定本办法。
第二条　AED配置单位应当在设备安放处张贴使用说明和二维码，公众扫码可观看操作视频。
第三条　县急救中心负责建设AED信息平台，配置单位应当在设备启用后10日内登录平台登记设备信息，并可下载设备巡检表。
第四条　鼓励经过培训的公民在紧急情况下使用AED实施救护。
第五条　本办法自2025年9月1日起施行。
椒岭县人民政府办公室
2025年8月20日
""",
    ),
    dict(
        slug="print-zhouning-slowmail-activity-text",
        site="洲宁市图书馆 打印稿 (invented)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.znlib.example.cn/print/hd/2025/0410.html",
        title="洲宁市图书馆“给未来写封信”阅读推广活动方案",
        record_title="〔打印稿〕洲宁市图书馆“给未来写封信”阅读推广活动方案",
        date="2025-04-10",
        notes="print view text: print header and footer, print stamp; activity schedule table",
        page="""
!m 洲宁市图书馆　打印预览
!a [ 打印 ]　[ 返回 ]
{T}
{BODY}
!m 打印于 2025/4/15 星期二
!p ┄ 页 1 / 1 ┄
""",
        body="""
为迎接世界读书日，激发市民阅读和书写热情，市图书馆联合市邮政分公司开展“给未来写封信”阅读推广活动。
一、活动时间：2025年4月20日至4月27日。
二、活动内容
日期　内容
4月20日　书信名家讲座
4月23日　现场写信、投递慢递信箱
4月27日　优秀书信展览
三、活动信件由邮政部门保管，按寄信人选定的年份投递。
洲宁市图书馆
2025年4月10日
""",
    ),
    dict(
        slug="mail-fwd-lostchild-drill-notice-text",
        site="邮件转发 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mail://forward/2025-06-03/xiaoqu-wy",
        title="关于开展“防走失”应急演练的通知",
        record_title="Fwd: 关于开展“防走失”应急演练的通知",
        date="2025-06-02",
        date_also=["2025-06-03"],
        notes="forwarded mail headers; the mail's own 附件 header and the document's 附件 line; send date differs from the signature date",
        page="""
!m 发件人：物业服务中心 <service@jinxiuwy.example.cn>
!m 发送时间：2025年6月3日 星期二 9:26
!m 收件人：各楼栋管家
!m 主题：Fwd: 关于开展“防走失”应急演练的通知
!m 附件：演练脚本.docx (18KB)
!d ---------- 转发的邮件 ----------
{T}
{BODY}
!d 此邮件由锦绣苑物业邮件系统发送，请勿直接回复。
""",
        body="""
各楼栋管家、秩序维护部：
为提升小区儿童走失事件的应急处置能力，服务中心定于6月8日上午9时在小区中心花园开展“防走失”应急演练。
一、演练内容：接报登记、监控查找、门岗管控、广播寻人、报警联动。
二、参加人员：各楼栋管家、秩序维护部全体人员、监控室值班员。
三、请各岗位熟悉演练脚本，按时到位。
附件：演练脚本
锦绣苑物业服务中心
2025年6月2日
""",
    ),
    dict(
        slug="mail-reply-nursing-room-funds-text",
        site="邮件转发 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mail://reply/2025-03-12/zhenfulian",
        title="关于申请镇便民服务中心母婴室建设经费的请示",
        record_title="Re: 回复：关于申请镇便民服务中心母婴室建设经费的请示.docx",
        date="2025-03-10",
        date_also=["2025-03-12"],
        notes="mail reply chain: quoted headers, a reply line above, signature block; file-name-like record title; budget table",
        page="""
!m 发件人：镇财政所 <czs@zhechuan-town.example.cn>
!m 时间：2025-03-12 14:05
!m 主题：Re: 回复：关于申请镇便民服务中心母婴室建设经费的请示.docx
!l 已收悉，经费待下周党委会研究后答复。
!d ------------------ 原始邮件 ------------------
!m 发件人：镇妇联 <zfl@zhechuan-town.example.cn>
!m 发送时间：2025年3月10日 10:48
{T}
{BODY}
!w 镇财政所　电话 0743-6401127　手机 139 7430 5521
!m 发自我的手机邮箱
""",
        body="""
镇党委、镇政府：
镇便民服务中心日均接待群众300余人次，其中不少是带婴幼儿办事的年轻父母，目前中心没有母婴室。为此，镇妇联拟在中心二楼设置母婴室一间，所需经费如下：
项目　金额（元）
装修及隔断　8500
设施设备　6200
合计　14700
妥否，请批示。
联系人：镇妇联 彭小曼，电话：0743-6401160。
镇妇联
2025年3月10日
""",
    ),
]
