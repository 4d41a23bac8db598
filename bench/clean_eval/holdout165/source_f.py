"""holdout165, part F: whiteboards (白板). Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="company-html-whiteboard-maker-news",
        site="澄板教育装备有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.chengban-edu.com/news/company/2025-0926.html",
        title="澄板教育装备向山区小学捐赠绿板白板一体机",
        record_title="澄板教育装备向山区小学捐赠绿板白板一体机 - 澄板教育装备",
        date="2025-09-26",
        notes="company site with online-service float; dotted company date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>澄板教育装备向山区小学捐赠绿板白板一体机 - 澄板教育装备</title></head><body>
<div class="hd">⟦m 澄板教育装备　让每一间教室更明亮⟧ ⟦w 订购热线：400-700-8120⟧</div>
<nav>⟦m 首页⟧ ⟦m 产品中心⟧ ⟦m 解决方案⟧ ⟦m 新闻动态⟧ ⟦m 联系我们⟧</nav>
<h1>{T}</h1>
<div class="d">⟦m 2025.09.26　｜　公司新闻⟧</div>
{BODY}
<div class="kf">⟦w 在线客服⟧ ⟦w 获取报价⟧</div>
<footer>⟦m Copyright © 澄板教育装备有限公司⟧ ⟦m 闽ICP备20011776号-1⟧</footer>
</body></html>
""",
        body="""
9月24日，公司党支部和工会一行来到葳岭镇三所山区小学，捐赠绿板白板一体机12套。
这种一体机左右两侧是可用粉笔书写的绿板，中间是可用白板笔书写的白板，适合乡村学校多种教学需要。
公司技术人员现场完成安装，并为老师们讲解了白板笔的选用和板面清洁方法。
""",
    ),
    dict(
        slug="training-whiteboard-teacher-course-text",
        site="启明教师发展中心 (invented)",
        style="培训机构",
        genre="课程",
        kind="plan",
        form="text",
        source="https://www.qiming-jsfz.cn/course/bsh-03.html",
        title="“白板上的课堂”板书设计工作坊招生简章",
        record_title="学员必看 | “白板上的课堂”板书设计工作坊招生简章",
        date=None,
        notes="training school text with promo and float lines; course table; no date",
        page="""
!m 启明教师发展中心
!w 报名热线：400-688-1023　　微信：qiming_peixun
!a 早鸟价限时开启，前30名立减200元
{T}
{BODY}
!a 立即报名　　在线咨询　　返回顶部
!m 启明教师发展中心　版权所有
""",
        body="""
本工作坊面向中小学青年教师，帮助大家在白板上写出清晰、美观、有逻辑的板书。
课时　内容
第1讲　白板分区与版面规划
第2讲　白板笔书写与配色
第3讲　思维导图式板书
报名学员请自备三色白板笔，结业时提交一份板书设计作品。
""",
    ),
    dict(
        slug="app-html-whiteboard-meeting-rules",
        site="写手通APP (invented)",
        style="范文APP",
        genre="制度",
        kind="rules",
        form="html",
        source="https://h5.xieshoutong.app/share/article/501337",
        title="公司会议室白板使用管理规定",
        record_title="公司会议室白板使用管理规定（可编辑）｜写手通",
        date=None,
        notes="writing-app H5 share page; open-in-app banners; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>公司会议室白板使用管理规定（可编辑）｜写手通</title></head><body>
<div class="banner">⟦a 打开写手通APP，查看更多范文⟧ ⟦a 立即打开⟧</div>
<h1>{T}</h1>
<div class="au">⟦m 作者：行政笔记本　3.6万阅读⟧</div>
{BODY}
<div class="lock">⟦a 登录后可复制全文并导出Word⟧</div>
<div class="rec">⟦l 为你推荐⟧ ⟦l 办公用品领用管理制度⟧ ⟦l 会议室预约管理办法⟧</div>
</body></html>
""",
        body="""
第一条　会议室白板为公共办公设备，使用人应爱护使用。
第二条　只能使用白板专用笔书写，严禁使用油性记号笔。
第三条　会议结束后，使用人应擦净白板，涉及商业秘密的内容须当场擦除，不得拍照外传。
第四条　白板损坏或笔迹难以擦除的，请报行政部处理。
""",
    ),
    dict(
        slug="gkforum-whiteboard-interview-answer",
        site="公考研习社 (invented)",
        style="公考论坛",
        genre="面试",
        kind="answer",
        form="text",
        source="http://www.gkyanxi.com/forum/thread-44120.html",
        title="结构化面试：社区用小白板公示事项，有人说“土”，你怎么看",
        record_title="[面试真题] 结构化面试：社区用小白板公示事项，有人说“土”，你怎么看 - 面试交流 - 公考研习社",
        date=None,
        notes="exam forum answer; relative times; no date; writing-service prompt",
        page="""
!m 公考研习社 › 面试交流
!t [面试真题] 结构化面试：社区用小白板公示事项，有人说“土”，你怎么看 - 面试交流 - 公考研习社
!m 楼主：研习君　发表于 5天前
{BODY}
!l 2楼　冲刺上岸：答得很接地气
!w 面试一对一模拟，私信班主任 wx：gkyx_mianshi
!a 回复本帖　　收藏
""",
        body="""
我认为，小白板虽然“土”，却是社区服务接地气的体现。
首先，小白板放在楼道口，老人一看就懂，比手机通知更直观。
其次，小白板更新快，停水停电、疫苗接种等信息随时写、随时改。
当然，也要注意字迹清楚、内容及时更新，并与线上渠道互为补充。
""",
    ),
    dict(
        slug="netdisk-html-whiteboard-classroom-survey",
        site="盘享云 (invented)",
        style="网盘分享",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://pan.panxiangyun.com/s/aW7q2Lm",
        title="关于农村小学教室黑白板使用情况的调查报告",
        record_title="关于农村小学教室黑白板使用情况的调查报告.docx",
        date="2025-05-30",
        notes="cloud-drive preview; file-name record title; share stamp no date; 成文日期 under the signature",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于农村小学教室黑白板使用情况的调查报告.docx - 盘享云</title></head><body>
<div class="hd">⟦m 盘享云⟧ ⟦a 登录⟧ ⟦a 客户端下载⟧</div>
<div class="file">⟦t 关于农村小学教室黑白板使用情况的调查报告.docx⟧ ⟦m 36KB⟧ ⟦m 分享于 2025-06-08⟧</div>
<div class="ops">⟦a 保存到网盘⟧ ⟦a 普通下载⟧ ⟦a 举报⟧</div>
<div class="preview">
{BODY}
</div>
<footer>⟦d 盘享云提醒您：请勿分享违法违规内容⟧</footer>
</body></html>
""",
        body="""
今年5月，我们对全县28所农村小学的教室书写板使用情况进行了调查。
调查显示，使用传统黑板的教室占54%，白板占21%，黑白板组合占25%。
教师普遍反映白板书写清晰、无粉尘，但白板笔消耗大、板面容易留痕。
建议新建和改造教室优先选用黑白板组合，并按班级配备白板笔和清洁用品。
县教研室调查组
2025年5月30日
""",
    ),
    dict(
        slug="snapshot-whiteboard-library-notice-text",
        site="速查快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://snapshot.sucha.com/cache?url=lib.fengyang.cn/notice/77",
        title="关于少儿阅览室新增涂鸦白板墙的公告",
        record_title="关于少儿阅览室新增涂鸦白板墙的公告",
        date="2025-07-07",
        notes="text-only cache with snapshot banner; library page inside",
        page="""
!d 您查看的是 lib.fengyang.cn/notice/77 在 2025-07-20 的快照，页面内容可能已变化。
!a 查看原网页　　纯文本版
!m 葑阳县图书馆
{T}
{BODY}
!m 开放时间：周二至周日 9:00-17:00　　咨询电话：0573-8239002
""",
        body="""
读者朋友们：
少儿阅览室新增涂鸦白板墙一面，小读者可以在这里画画、写读书感言。请家长提醒孩子只使用现场提供的白板笔，画完后用板擦擦净。
葑阳县图书馆
2025年7月7日
""",
    ),
    dict(
        slug="print-html-whiteboard-school-procurement",
        site="芰城县第三中学 (invented)",
        style="打印页",
        genre="请示",
        kind="request",
        form="html",
        source="http://www.jc3z.cn/print.asp?id=2218",
        title="关于更换教学楼老化白板的请示",
        record_title="打印 - 关于更换教学楼老化白板的请示",
        date="2025-02-26",
        notes="print view calling window.print(); print footer; 联系人 line kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>打印 - 关于更换教学楼老化白板的请示</title>
<script>window.onload=function(){window.print();}</script></head><body>
<div class="noprint">⟦a 打印⟧ ⟦a 关闭⟧</div>
<h2>{T}</h2>
{BODY}
<div class="pf">⟦p — 第1页 · 共1页 —⟧</div>
<div class="url">⟦m http://www.jc3z.cn/show.asp?id=2218⟧</div>
</body></html>
""",
        body="""
县教育局：
我校教学楼36间教室的白板于2014年安装，目前板面划痕多、笔迹难以擦除，影响学生看板。拟分两批更换，预计费用9.4万元。
妥否，请批示。
联系人：滕立冬，电话：0572-3316028。
芰城县第三中学
2025年2月26日
""",
    ),
    dict(
        slug="mail-whiteboard-office-move-oneline",
        site="邮件转发 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mail://admin@yunhe-design.cn/fw/20251103",
        title="关于新办公区白板墙及会议室启用的通知",
        record_title="转发：关于新办公区白板墙及会议室启用的通知",
        date="2025-11-03",
        notes="forwarded mail; body on one line; mail headers and confidentiality footer",
        page="""
!m 发件人：行政部 <admin@yunhe-design.cn>
!m 日期：2025年11月3日 17:20
!m 收件人：全体员工
!t 主题：转发：关于新办公区白板墙及会议室启用的通知
{BODY}
!d 本邮件仅供收件人使用，请勿转发至公司以外。
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
各位同事：
新办公区自11月10日起启用，开放区两侧设有白板墙，可用于头脑风暴和项目看板，请使用白板专用笔并在周五下班前清理。
会议室预约请通过OA系统办理。
行政部
2025年11月3日
""",
    ),
]
