"""holdout72, part B: WeChat mirrors, document-sharing pages, education portals, intranets,
Q&A sites and personal collections — a stray-cat rescue station, a dance school, a sudoku
club, a bridge (card game) association, a school canoe team, a school rope-skipping team,
a removals company, a petrol-station chain, a gomoku association, an instrument-repair
workshop, a retired accordion teacher and an ocarina society. Invented text."""

CASES = [
    dict(
        slug="wechat-miaowu-pledge-read-original",
        site="喵屋救助站公众号镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="pledge",
        form="text",
        source="https://wxmirror.example.org/s/Qm7cat0310",
        title="春季流浪猫绝育救助倡议书",
        record_title="倡议｜春季流浪猫绝育救助倡议书",
        date="2025-03-10",
        notes="WeChat mirror: an account line with the date, 阅读原文/在看/赞, a 'scan to follow' prompt at the bottom; the pledge's own 报名联系人 and phone kept; a donation-box prompt between paragraphs",
        page="""
!t 倡议｜春季流浪猫绝育救助倡议书
!m 原创　喵屋小助理　喵屋流浪猫救助站　2025-03-10 18:30
!m 湖南
{BODY}
!a 长按识别下方二维码，关注“喵屋流浪猫救助站”
!l 阅读原文　　阅读 2831　　赞 96　　在看 41
!l 写留言
!d 本文由镜像站自动抓取，版权归原公众号所有
""",
        body="""
亲爱的街坊邻居们：
春天是流浪猫集中繁殖的季节，一只母猫一年可繁殖两到三窝，小区里的流浪猫如果不加控制，数量会越来越多。
为此，芥洲县喵屋流浪猫救助站发起春季“抓绝放”救助行动，倡议大家：
一、发现小区流浪猫，请不要驱赶、投毒，可以联系我们统一抓捕。
二、我们与两家宠物医院合作，绝育费用由救助站承担，术后观察三天后放回原地。
⟦a 随手捐一元，帮它们过个好春天 →⟧
三、欢迎有时间的朋友报名做志愿者，参与诱捕、接送和术后护理。
报名联系人：阿九，电话13907426155。
芥洲县喵屋流浪猫救助站
2025年3月10日
""",
    ),
    dict(
        slug="wechat-tiaobu-dance-school-notice-html",
        site="蹁跹舞蹈学校公众号镜像 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="html",
        source="https://mp-copy.example.net/a/20250620/dance",
        title="2025年暑期舞蹈考级报名通知",
        record_title=None,
        date="2025-06-20",
        notes="WeChat-style HTML with the title only in the h1; an account line date; the school's own 咨询电话 next to the mirror site's 'contact us'; a fee table; a reading-count row and a 'mini program' card",
        page="""
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head><body>
<div class="rich_media">
<h1 class="rich_media_title">⟦t 2025年暑期舞蹈考级报名通知⟧</h1>
<div class="meta">⟦m 蹁跹舞蹈⟧ ⟦m 2025年06月20日 17:05⟧ ⟦m 广东⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="mp_card">⟦a 小程序·蹁跹报名通⟧ ⟦a 点击进入报名⟧</div>
<div class="tool">⟦l 阅读 1846　　分享　　推荐　　留言⟧</div>
</div>
<div class="mirror-foot">⟦m 公众号文章备份站 · 联系我们：copyadmin@mp-copy.example.net⟧</div>
</body></html>
""",
        body="""
各位家长：
本年度暑期舞蹈考级定于7月26日至27日在学校本部举行，现将报名事项通知如下。
一、报考对象。在我校学习满一学期、经任课老师同意的学员。
二、报名时间。即日起至7月5日，逾期不再补报。
三、考级费用。
级别　考级费　服装租借费
一至三级　260元　30元
四至六级　320元　30元
七至十级　400元　50元
四、考前一周将安排两次模拟考，请学员按班级通知准时参加。
咨询电话：0758-2290671（工作日9:00—18:00）
蒯川县蹁跹舞蹈学校
2025年6月20日
""",
    ),
    dict(
        slug="docshare-shudu-rules-oneline-upload",
        site="共享资料仓 (invented)",
        style="文档分享",
        genre="制度",
        kind="rules",
        form="text",
        source="https://www.zlcang.example.com/doc/76551203.html",
        title="蔊溪市数独俱乐部会员积分赛竞赛规程",
        record_title="蔊溪市数独俱乐部会员积分赛竞赛规程（word可编辑）",
        date=None,
        notes="the whole body on one line; decorated title (word可编辑); an upload notice and a points price; no date in the document (upload stamp only)",
        oneline=True,
        indent="  ",
        page="""
!m 共享资料仓 > 体育休闲 > 棋牌
!t 蔊溪市数独俱乐部会员积分赛竞赛规程（word可编辑）
!m 大小：26KB　页数：2　上传时间：2025-02-17　下载：54次
!a 下载（5积分）　　分享　　举报
{BODY}
!d 本文档由会员“jiugongge”上传分享，所有权归上传者所有，共享资料仓不承担内容真实性责任。
!l 您可能还需要：数独入门教案｜九宫格趣味题集
""",
        body="""
第一条　为推动数独运动在我市普及，规范俱乐部会员积分赛的组织，制定本规程。
第二条　积分赛每月举行一次，比赛题目分为标准数独、对角线数独和杀手数独三类。
第三条　每场比赛限时九十分钟，按正确完成题目的难度系数计分，用时短者名次列前。
第四条　选手不得携带电子设备进入赛场，发现作弊的取消当年全部积分。
第五条　年度积分前八名获得参加全市数独锦标赛的资格。
第六条　本规程由俱乐部理事会负责解释。
""",
    ),
    dict(
        slug="docshare-qiaopai-minutes-html-reader",
        site="文档互助网 (invented)",
        style="文档分享",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="https://wdhz.example.cn/read/3390128",
        title="茭山县桥牌协会第二届理事会第三次会议纪要",
        record_title="茭山县桥牌协会第二届理事会第三次会议纪要.pdf",
        date="2025-02-26",
        date_also=["2025-02-22"],
        notes="reader page with a file-name title; minutes with 时间/地点/主持/出席/记录 lines kept; the 印发 date expected, the meeting's date also accepted; a rating box and a report link",
        page="""
<html><head><meta charset="utf-8"><title>茭山县桥牌协会第二届理事会第三次会议纪要.pdf-文档互助网</title></head><body>
<div class="hdr">⟦m 文档互助网⟧ ⟦a 上传文档⟧ ⟦a 登录⟧</div>
<h1>⟦t 茭山县桥牌协会第二届理事会第三次会议纪要.pdf⟧</h1>
<div class="doc-info">⟦m 贡献者：jq_bridge　　格式：PDF　　页数：2⟧</div>
<div class="reader">
{BODY}
</div>
<div class="rate">⟦l 给文档打分：★★★★★⟧ ⟦l 已有 6 人评价⟧</div>
<div class="report">⟦a 下载本文档⟧ ⟦a 侵权举报⟧</div>
<div class="ft">⟦d 互助网所有文档均由用户上传，仅供阅读参考⟧</div>
</body></html>
""",
        body="""
时间：2025年2月22日下午2:30
地点：县老年活动中心二楼会议室
主持：协会会长　廖文彬
出席：理事十一人（应到十三人）
记录：秘书长　詹小梅
会议审议通过了以下事项：
一、通过2024年度协会财务收支情况报告。
二、确定2025年“茭山杯”桥牌双人赛于5月举行，由副会长姚立新牵头筹备。
三、同意吸收县教育系统桥牌队为团体会员。
四、决定在城关第二小学开设桥牌兴趣课，每周一次。
茭山县桥牌协会秘书处
2025年2月26日印发
""",
    ),
    dict(
        slug="edu-pihuating-canoe-team-rules-qr",
        site="芫川县第二中学 (invented)",
        style="教育门户",
        genre="制度",
        kind="rules",
        form="text",
        source="http://www.ycez.example.edu.cn/tyjy/2025/0415/711.html",
        title="芫川县第二中学皮划艇队训练安全管理规定",
        date="2025-04-15",
        notes="a school rule whose articles speak of 扫码 and 打印 (kept); the school's own 联系人/电话 kept; a site's 扫码关注 prompt at the bottom; numbered articles",
        page="""
!m 芫川县第二中学 · 体育与健康
!m 当前位置：学校首页 - 体育工作 - 规章制度
{T}
!m 作者：体育组　　时间：2025-04-15　　点击：337
{BODY}
!a 扫码关注芫川二中官方微信，获取最新校园资讯
!m Copyright © 芫川县第二中学　地址：芫川县滨湖路16号
""",
        body="""
一、队员每次下水训练前，须在艇库门口扫码登记，写明训练时段和艇号，未登记者不得取艇。
二、训练时必须穿着救生衣，救生衣由教练每周检查一次。
三、风力达到五级或遇雷雨天气，一律停止水上训练，改为陆上体能训练。
四、训练区域限于学校码头至湖心浮标之间，严禁越界划行。
五、每学期开学前，家长须签订安全告知书，由班主任打印后交体育组存档。
六、本规定自公布之日起施行，联系人：体育组　章建华，电话0792-6631025。
""",
    ),
    dict(
        slug="edu-tiaosheng-plan-html-campus",
        site="藁原市实验小学 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.gysyxx.example.edu.cn/news/show-1882.html",
        title="实验小学花样跳绳队2025年训练方案",
        record_title="实验小学花样跳绳队2025年训练方案_体艺活动_藁原市实验小学",
        date="2025-02-28",
        notes="a school site with _column_site title suffix; decimal headings 2.1/2.2 kept; a training schedule table; a quick-links sidebar and a 'last/next' pair",
        page="""
<html><head><meta charset="utf-8"><title>实验小学花样跳绳队2025年训练方案_体艺活动_藁原市实验小学</title></head><body>
<div class="logo">⟦m 藁原市实验小学⟧ ⟦m 养正 启智 健体⟧</div>
<div class="nav">⟦m 学校概况 | 校园新闻 | 体艺活动 | 家校共育 | 招生信息⟧</div>
<div class="left"><h3>⟦l 快速通道⟧</h3><ul><li>⟦l 校历查询⟧</li><li>⟦l 作息时间⟧</li><li>⟦l 校长信箱⟧</li></ul></div>
<div class="right">
<h2>⟦t 实验小学花样跳绳队2025年训练方案⟧</h2>
<div class="info">⟦m 发布者：体艺处　发布时间：2025-02-28　浏览：502次⟧</div>
{BODY}
<p class="pn">⟦l 上一条：校运会开幕式节目征集⟧<br>⟦l 下一条：寒假体育作业完成情况通报⟧</p>
</div>
<div class="copy">⟦m 藁原市实验小学 版权所有 苏ICP备12029730号⟧</div>
</body></html>
""",
        body="""
1 训练目标
1.1 参加市中小学生跳绳比赛，力争团体前三名。
1.2 培养十名以上能完成交互绳花样动作的骨干队员。
2 训练安排
2.1 每周一、三、五下午放学后训练一小时，周六上午加练一次。
2.2 训练内容
项目　周次　重点
单摇速度　1—6周　节奏和耐力
交互绳　7—12周　进绳时机
集体花样　13—16周　队形配合
3 保障措施
3.1 学校为队员统一购置比赛用绳和护具，训练期间安排校医值守。
""",
    ),
    dict(
        slug="oa-banjia-request-approval-trail",
        site="安迁搬家公司协同办公系统 (invented)",
        style="企业内网",
        genre="请示",
        kind="request",
        form="text",
        source="http://oa.anqian.example.local/flow/view?id=20250311007",
        title="关于购置两台厢式货车的请示",
        date="2025-03-11",
        notes="an intranet export: a flow number and an approval trail at the bottom (meta), a watermark line, a sign-off; the request's own 联系人 line kept",
        page="""
!m 安迁搬家协同办公 · 公文流转
!m 流程编号：GW-2025-0311-007　　密级：内部
{T}
!m 拟稿：车队　付海涛　　核稿：行政部　　拟稿日期：2025-03-11
{BODY}
!m 审批记录：车队队长 付海涛 同意 03-11 10:02 → 财务部 孔蓉 已阅 03-11 15:40 → 总经理 万国栋 同意 03-12 08:55
!m 水印：安迁搬家 内部资料 付海涛
!a 导出PDF　　打印流程单　　返回待办
""",
        body="""
公司领导：
目前公司车队共有厢式货车九台，其中三台已运营超过八年，故障频繁，维修费用逐年上升，今年旺季运力明显不足。
为保障服务质量，车队拟购置4.2米厢式货车两台，预算共计三十六万元，资金从公司年度设备更新资金中列支。
旧车三台拟按规定报废处置，处置收入上缴公司财务。
妥否，请批示。
联系人：付海涛　分机8016
车队
2025年3月11日
""",
    ),
    dict(
        slug="oa-jiayou-minutes-html-portal",
        site="蕹塘石油销售公司内网 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://portal.wtpetro.example.intra/doc/minutes/2025/044",
        title="蕹塘片区加油站安全生产例会纪要",
        record_title="【内部】蕹塘片区加油站安全生产例会纪要",
        date="2025-05-07",
        notes="intranet document view with a 流转记录 box and a 'mark read' button; minutes lines kept; a decorated 【内部】 title; the 成文 date only",
        page="""
<html><head><meta charset="utf-8"><title>【内部】蕹塘片区加油站安全生产例会纪要</title></head><body>
<div class="bar">⟦m 蕹塘石油销售 · 企业门户⟧ ⟦m 欢迎您，牛晓军⟧ ⟦a 退出⟧</div>
<div class="path">⟦m 门户首页 › 公文中心 › 会议纪要⟧</div>
<h3>⟦t 【内部】蕹塘片区加油站安全生产例会纪要⟧</h3>
<div class="doc">
{BODY}
</div>
<div class="flow"><b>⟦m 流转记录⟧</b><br>⟦m 安全科 牛晓军 发起 2025-05-07 16:10⟧<br>⟦m 片区经理 戴长庚 已签阅 2025-05-08 09:03⟧</div>
<div class="ops">⟦a 标记已读⟧ ⟦a 转发⟧ ⟦a 下载正文⟧</div>
<div class="foot">⟦d 本系统仅限公司内部使用，严禁外传⟧</div>
</body></html>
""",
        body="""
时间：2025年5月6日上午9时
地点：片区管理部会议室
主持：片区经理　戴长庚
参会：片区内八座加油站站长、安全科相关人员
会议听取了各站四月份安全检查情况汇报，研究了以下事项：
一、城北站卸油口防渗漏改造须在5月20日前完成，由安全科跟踪验收。
二、各站要在本月内组织一次消防应急演练，演练记录报片区备案。
三、夏季高温期间，加油现场严禁使用手机，对劝阻无效的顾客，员工要礼貌说明并暂停加油。
片区管理部
2025年5月7日
""",
    ),
    dict(
        slug="qa-wuziqi-answer-sample-placeholders",
        site="知问吧 (invented)",
        style="问答社区",
        genre="函",
        kind="letter",
        form="text",
        source="https://www.zhiwenba.example.com/q/5580217.html",
        title="关于商借场地举办五子棋公开赛的函",
        record_title="五子棋协会想借学校体育馆办比赛，借场地的函怎么写？",
        title_in="decorated",
        date=None,
        notes="a Q&A: the question as the record title, the answer's sample letter with ×× placeholders and ××××年××月××日 (no date); vote row, 'adopted answer' badge and more answers",
        page="""
!m 知问吧 > 文化体育 > 棋牌
!m 五子棋协会想借学校体育馆办比赛，借场地的函怎么写？
!m 提问者：qipan_xiaohe　　2个回答　　浏览 1203
!m ✔ 最佳答案
!m 回答者：公文老兵　　擅长：公文写作
!t 关于商借场地举办五子棋公开赛的函
{BODY}
!l 有用(57)　　无用(2)　　评论(4)
!l 其他回答：直接打电话问问学校办公室就行，一般都肯借的。
!l 相关问题：协会活动邀请函格式？　社团借教室申请怎么写？
!d 知问吧用户回答仅代表个人观点，请谨慎参考
""",
        body="""
××中学：
为推广五子棋运动，丰富群众文化生活，我会拟于××××年××月××日举办“××杯”五子棋公开赛，预计参赛选手一百二十人。
贵校体育馆场地宽敞、设施完善，交通便利，我会恳请借用贵校体育馆一天作为比赛场地。
比赛期间，我会将安排专人负责场地秩序和卫生，确保不影响学校正常教学，并按贵校规定承担水电等费用。
盼予支持为感。
××县五子棋协会
××××年××月××日
""",
    ),
    dict(
        slug="qa-yueqi-repair-answer-html-answered-at",
        site="行家答 (invented)",
        style="问答社区",
        genre="通知",
        kind="notice",
        form="html",
        source="https://hangjiada.example.cn/answer/9920145",
        title="关于调整乐器维修收费标准的告知书",
        record_title="乐器维修店要调价，告知书怎么写比较好？",
        title_in="decorated",
        date="2025-08-12",
        notes="Q&A HTML: a question as record title, an answer quoting the repairer's notice; 回答于 is the page date equal to the notice's own date; follow/upvote buttons, a column ad for a 'writing course'",
        page="""
<html><head><meta charset="utf-8"><title>乐器维修店要调价，告知书怎么写比较好？ - 行家答</title></head><body>
<div class="top">⟦m 行家答⟧ ⟦a 写回答⟧ ⟦a 登录⟧</div>
<h1>⟦m 乐器维修店要调价，告知书怎么写比较好？⟧</h1>
<div class="q-meta">⟦a 关注问题⟧ ⟦m 36 人关注　被浏览 4,102⟧</div>
<div class="answer">
<div class="author">⟦m 荸原琴行老石⟧ ⟦m 乐器维修师，二十年⟧</div>
<p>⟦m 我去年贴在店门口的，给你参考：⟧</p>
<h4>⟦t 关于调整乐器维修收费标准的告知书⟧</h4>
{BODY}
<div class="a-meta">⟦m 回答于 2025-08-12⟧ ⟦a 赞同 211⟧ ⟦a 评论 18⟧ ⟦a 收藏⟧</div>
</div>
<div class="ad">⟦w 公文写作训练营，7天学会各类告知书，私信“写作”领取资料⟧</div>
<div class="ft">⟦m © 2025 行家答⟧</div>
</body></html>
""",
        body="""
尊敬的顾客朋友：
本店自开业以来，维修收费标准已八年未作调整。近年来琴弦、皮料、配件和人工成本持续上涨，经慎重考虑，本店自9月1日起调整部分维修项目收费。
二胡换皮由一百二十元调整为一百五十元；钢琴调律由二百元调整为二百四十元；吉他调琴颈等其他项目价格保持不变。
8月31日前已送修的乐器，仍按原标准收费。
感谢大家多年来的信任和支持。
荸原琴行乐器维修部
2025年8月12日
""",
    ),
    dict(
        slug="collection-shoufengqin-speech-cn-date-under-title",
        site="老乐手文存 (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://laoyueshou.example.net/wencun/speech/031.htm",
        title="在县手风琴学会成立二十周年座谈会上的发言",
        record_title="文存·发言第31篇｜在县手风琴学会成立二十周年座谈会上的发言",
        date="2024-10-19",
        notes="a retired teacher's collection: a date in Chinese numerals under the speech title, a speaker line neutral; a numbered collection prefix on the title; a collection's prev/next and a guestbook",
        page="""
!m 老乐手文存 · 退休音乐教师晏明远的文字
!m 目录 > 发言稿 > 第31篇
!t 文存·发言第31篇｜在县手风琴学会成立二十周年座谈会上的发言
晏明远
（二〇二四年十月十九日）
{BODY}
!l 【上一篇】在老年大学开学典礼上的发言　【下一篇】给学会年轻会员的信
!l 留言本（3）
!d 文存内容为个人作品，转载请征得作者同意
""",
        body="""
各位老朋友、各位年轻的琴友：
二十年前，我们十几个手风琴爱好者在县文化馆的一间小教室里成立了学会，那时候大家背的都是旧琴，风箱还漏气。
二十年来，学会办了十二期公益培训班，教出了三百多名学员，其中有九人考上了音乐院校。
我最想说的是感谢，感谢文化馆一直免费提供排练场地，也感谢每一位坚持来排练的会员。
希望学会下一个二十年，让更多孩子拉上手风琴，让这件乐器在我们小城继续响下去。
""",
    ),
    dict(
        slug="collection-taodi-summary-html-essays",
        site="陶笛闲话集 (invented)",
        style="个人文集",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://taodi-xianhua.example.com/essays/2025-summary.html",
        title="苴岭陶笛研习社2024年活动小结",
        date="2025-01-18",
        notes="a personal collection's HTML page with a volume index sidebar and a visitor counter; the 成文日期 under the signature; the author's own 'contact me' mail in the footer",
        page="""
<html><head><meta charset="utf-8"><title>苴岭陶笛研习社2024年活动小结</title></head><body>
<div class="head">⟦m 陶笛闲话集⟧ ⟦m ——社长随笔与社务记录⟧</div>
<div class="side"><b>⟦l 卷目⟧</b><br>⟦l 卷一 随笔⟧<br>⟦l 卷二 社务⟧<br>⟦l 卷三 曲谱⟧</div>
<div class="main">
<h2>⟦t 苴岭陶笛研习社2024年活动小结⟧</h2>
<div class="vol">⟦m 卷二·社务　第九篇⟧</div>
{BODY}
</div>
<div class="counter">⟦m 本站访问量：019338⟧</div>
<div class="ft">⟦m 来信请寄：taodi_xianhua@example.com⟧</div>
</body></html>
""",
        body="""
2024年，苴岭陶笛研习社在社员们的共同努力下，各项活动有声有色。
一年中，研习社坚持每周日下午集体练习，全年开展活动四十五次，新入社社员十八名。
研习社排演的《茉莉花》《故乡的原风景》两首合奏曲目，参加了县里的群众文化汇演，获得二等奖。
我们还走进两所乡村小学，给孩子们赠送了六十支入门陶笛，教会他们吹奏第一首小曲。
新的一年，希望社员们多练、多演，把陶笛的声音带到更多地方。
苴岭陶笛研习社
2025年1月18日
""",
    ),
]
