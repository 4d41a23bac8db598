"""holdout172, part G: one more case for each of the part's objects. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-bus-driver-hammer-drill-speech-wrapped",
        site="公文通范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.gongwentong.net/jianghua/anquan/2025/60417.html",
        title="在公交驾驶员破窗逃生应急演练总结会上的讲话",
        record_title="在公交驾驶员破窗逃生应急演练总结会上的讲话（通用版）_公文通范文网",
        date="2025-05-27",
        notes="范文 text: hard-wrapped at 66 columns; date under the speech title (neutral line), speaker line neutral; writing-service prompt glued after a sentence",
        page="""
!m 公文通范文网　写材料不求人
!m 位置：首页 → 讲话致辞 → 安全生产讲话
!t 在公交驾驶员破窗逃生应急演练总结会上的讲话（通用版）
!a 复制　｜　下载Word　｜　收藏
{T}
集团安全总监　祁振东
（2025年5月27日）
{BODY}
!l 相关范文：安全生产月动员会讲话　｜　驾驶员安全例会讲话稿
!d 本站文章仅供参考，请结合实际修改使用。
""",
        wrap=66,
        indent="\u3000\u3000",
        body="""
同志们：
这次破窗逃生应急演练，全集团1260名驾驶员全部参加，每个人都亲手用安全锤敲碎了一块车窗玻璃。总的看，大家态度认真，动作规范，达到了预期目的。⟦w 讲话稿原创代写，当天交稿，QQ 2033185470⟧
演练中也暴露出一些问题：有的驾驶员找不到安全锤的位置，有的敲击车窗中间，敲了几下都没敲碎，还有的不会指挥乘客有序撤离。
下一步，各分公司要把安全锤检查纳入每日出车检查，把破窗逃生纳入新驾驶员岗前培训，每半年组织一次复训，确保人人会用、个个熟练。
""",
    ),
    dict(
        slug="wenku-lab-burner-accident-case-study-markers",
        site="学海文库 (invented)",
        style="文库预览",
        genre="案例分析",
        kind="other",
        form="text",
        source="https://www.xuehaiwk.com/p-66201873.html",
        title="一起实验课酒精灯起火事故的原因分析与整改措施",
        record_title="一起实验课酒精灯起火事故的原因分析与整改措施.pdf",
        date="2025-04-30",
        notes="文库 preview cut by ⌜第n页⌟ markers on their own lines; file-name title; 成文日期 in Chinese numerals",
        page="""
!m 学海文库 — 学习资料共享平台
!m 一起实验课酒精灯起火事故的原因分析与整改措施.pdf　　5页　　上传于 2025-05-09
{T}
{BODY}
!a 剩余3页未读，￥2.00 购买后下载全文
!l 本文档的相关文档：校园安全事故案例汇编　实验室安全警示教育材料
!d 文档由用户上传，学海文库不对内容的准确性负责。
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⌜第{n}页⌟", every=140, start=2),
        body="""
3月18日下午，某中学初二（3）班在化学实验课上发生一起酒精灯起火事故，一名学生左手背轻度烫伤，无其他人员受伤。
一、事故经过。学生甲在实验中发现酒精灯火焰变小，未熄灭酒精灯便直接拧开灯帽添加酒精，酒精溢出后被引燃，火焰蔓延至实验台面。带课教师立即用灭火毯将火扑灭。
二、原因分析。直接原因是学生违规向燃着的酒精灯添加酒精；间接原因是实验前安全教育不到位，实验员未按规定检查灯内酒精量。
三、整改措施。全校实验课一律由实验员课前加足酒精，学生不得接触酒精容器；每学期开学第一节实验课为安全规范课。
城南中学安全办公室
二〇二五年四月三十日
""",
    ),
    dict(
        slug="snapshot-tool-rental-shop-wrench-rules",
        site="网页快照 (invented text-only cache) over a tool-rental shop",
        style="搜索快照",
        genre="制度",
        kind="other",
        form="text",
        source="http://kuaizhao.souxun.cn/t?u=www.zhongyizulin.com/guize.html",
        title="众益工具租赁店租借须知",
        record_title=None,
        date=None,
        notes="text-only cache: no record title (the heading line on the page); the cache stamp is no date; rules speaking of 押金 and 扫码",
        page="""
!m 搜讯快照　文本版
!m 以下是 www.zhongyizulin.com/guize.html 在 2025-08-19 11:06 的文本快照
!d 快照内容可能已过期，请以原网页为准。
{T}
{BODY}
!m 众益工具租赁　地址：珙州市南湖路五金市场东门
""",
        body="""
1. 本店出租扳手套装、管钳、电钻、切割机等工具，租期按天计算，不足一天按一天计。
2. 租借时须出示身份证原件，并交纳押金；押金按工具价值收取，归还时工具完好即全额退还。
3. 租借人可扫描店内二维码查看工具使用视频，使用前请仔细阅读安全提示。
4. 工具在租借期间丢失或人为损坏的，按原价赔偿；正常磨损不予收费。
5. 电动工具归还时须清理干净，扭力扳手归还时请调回最小刻度。
""",
    ),
    dict(
        slug="forum-apron-design-contest-junk",
        site="布艺坊论坛 (invented hobby forum)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://www.buyifang.net/bbs/topic-31207.html",
        title="社区旧衣改围裙大赛，我家这条拿了二等奖",
        record_title="【晒作品】社区旧衣改围裙大赛，我家这条拿了二等奖 - 布艺坊论坛",
        date=None,
        notes="hobby forum text with junk lines and glued junk; relative time only; floor replies",
        page="""
!m 布艺坊论坛 » 作品展示区
!t 【晒作品】社区旧衣改围裙大赛，我家这条拿了二等奖
!m 楼主：针线闲人　　2小时前　　浏览 642
{BODY}
!l 沙发　小布丁：牛仔裤改的吗？口袋留得太妙了
!l 板凳　月下穿针：求裁剪图！
!a 回复本帖需要登录
!m 布艺坊论坛　手作人的家　站务邮箱 admin@buyifang.net
""",
        junk=dict(lines=1, glued=2),
        body="""
上个月社区搞了个旧衣改围裙的比赛，我把老公两条穿破的牛仔裤改成了一条围裙，没想到拿了二等奖。
做法很简单：一条裤腿拆开做围裙主体，另一条裤腿剪成带子，原来的后口袋原样保留缝在胸前，可以放手机和钥匙。边缘用红色棉线走了一圈明线，看着精神多了。
比赛一共收到四十多件作品，有用旧衬衫做的，有用旧床单拼的，每一件都挺有心思。社区说下个月要把作品拿到集市上义卖，钱捐给社区的助餐点。
""",
    ),
    dict(
        slug="mail-fwd-school-farm-tools-request",
        site="校园邮 (invented webmail), forwarded mail",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mail://xiaoyuanmail/inbox/33018",
        title="关于购置劳动实践基地农具的请示",
        record_title="Fw: 关于购置劳动实践基地农具的请示.docx",
        date="2025-03-06",
        date_also=["2025-03-07"],
        notes="forwarded mail reply chain with a file-name subject; the request's own 附件 and contact kept; send date differs",
        page="""
!m 校园邮　｜　收件箱（3）
!a 回复　转发　删除　打印
!m 发件人：德育处 黎晓燕
!m 日　期：2025-03-07 08:40
!m 主　题：Fw: 关于购置劳动实践基地农具的请示.docx
!w 王校长：请示已按您的意见修改，请审阅。黎
!m ---- 转发邮件 ----
{BODY}
!m 附件：关于购置劳动实践基地农具的请示.docx（24.1KB）
!a 预览　下载
""",
        body="""
校长办公会：
我校劳动实践基地已完成土地平整，即将投入使用。为保障劳动课正常开展，拟购置一批适合中小学生使用的农具，现请示如下。
一、购置清单：儿童锄头60把、小铁锹60把、耙子30把、洒水壶40个、手推车4辆、工具架2个。
二、经费预算：约9600元，拟从学校公用经费中列支。
三、购置方式：通过区教育装备采购平台采购。
妥否，请批示。
附件：农具购置清单及报价
联系人：黎晓燕　电话：13807916631
德育处
2025年3月6日
""",
    ),
    dict(
        slug="print-clinic-stethoscope-disinfection-rules",
        site="璞园社区卫生服务中心 (invented), print view",
        style="打印页",
        genre="制度",
        kind="other",
        form="text",
        source="http://www.puyuanwsfw.cn/zhidu/print/117",
        title="诊疗器械清洁消毒管理制度",
        record_title="打印 - 诊疗器械清洁消毒管理制度",
        date=None,
        notes="print view with a print footer; articles speak of 打印 and 登记 as part of the rule; no date",
        page="""
!a 〖打印〗〖返回〗
!m 璞园社区卫生服务中心　http://www.puyuanwsfw.cn
{T}
{BODY}
!p —— 页 1 / 1 ——
""",
        body="""
第一条　为预防和控制医院感染，规范听诊器、血压计袖带、体温计等诊疗器械的清洁消毒，制定本制度。
第二条　听诊器胸件和耳件每次使用后用75%酒精棉片擦拭，接触隔离患者的听诊器专人专用。
第三条　血压计袖带每周清洗一次，被血液、体液污染时立即清洗消毒。
第四条　各诊室每日填写诊疗器械消毒登记表，院感专职人员每月打印汇总表，交中心负责人签字存档。
第五条　本制度由院感办负责解释。
""",
    ),
]
