"""holdout164, part F: exam forums, encyclopaedia Q&A, cloud-drive shares, search snapshots,
print views, forwarded mails. Every document, site, county, person and URL is invented."""

CASES = [
    dict(
        slug="gkbbs-shenlun-essay-protractor-junk",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论",
        kind="essay",
        form="text",
        source="http://bbs.shangan-gk.example.com/thread-90817-1-1.html",
        title="从一把量角器看“小商品”里的大民生",
        record_title="[申论范文] 从一把量角器看“小商品”里的大民生 - 申论交流 - 上岸公考论坛",
        date=None,
        notes="exam forum post: a 申论 essay with no date; forum junk glued and on lines; 发表于 relative time; course ad and reply prompt",
        junk=dict(lines=1, glued=2),
        page="""
!m 上岸公考论坛 › 申论交流 › 范文赏析
!t [申论范文] 从一把量角器看“小商品”里的大民生
!m 申论小白菜　发表于 5 天前　|　查看 3318　回复 27
{BODY}
!a 【申论批改班】名师一对一批改，本周报名送真题集
!l 回复本帖　　收藏　　评分
""",
        body="""
一把量角器，标价不过两三元，却关系着千万学生的课堂。今年某地抽检发现，部分量角器刻度误差超过一度，学生用它画图、做题，难免“差之毫厘，谬以千里”。
小商品质量问题，根子在于监管存在盲区。文具生产企业多为小作坊，抽检覆盖面小，家长和学校也很少关注刻度是否准确。
守护小商品的质量，需要多方发力。监管部门要把学生文具纳入重点抽检目录，企业要建立出厂检验制度，学校采购也要把好质量关。
民生无小事，一把量角器的刻度，量出的是政府治理的精度。
""",
    ),
    dict(
        slug="gkbbs-mianshi-answer-crayon-html",
        site="公考驿站 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="answer",
        form="html",
        source="https://www.gongkao-yizhan.example.net/forum/ms/20251103-551.html",
        title="面试真题：学校采购的蜡笔被检出重金属超标，你怎么处理",
        record_title="[面试真题] 面试真题：学校采购的蜡笔被检出重金属超标，你怎么处理 - 面试交流 - 公考驿站",
        date=None,
        notes="exam forum HTML thread: board meta, a model answer with 首先/其次/最后, a 'reply to see the reference answer' lock, VIP box; no date",
        page="""
<html><head><meta charset="utf-8"><title>[面试真题] 面试真题：学校采购的蜡笔被检出重金属超标，你怎么处理 - 面试交流 - 公考驿站</title></head><body>
<div id="hd">⟦m 公考驿站 · 你的上岸加油站⟧　⟦a 登录⟧　⟦a 注册⟧</div>
<div id="pt">⟦m 公考驿站 › 面试交流 › 结构化真题⟧</div>
<h1>⟦t 面试真题：学校采购的蜡笔被检出重金属超标，你怎么处理⟧</h1>
<div class="pi">⟦m 面面俱到　楼主　发表于 昨天 21:40⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="vip">⟦a 开通驿站VIP，解锁全部面试真题解析⟧</div>
<div class="pob">⟦l 回复　支持　反对　举报⟧</div>
</body></html>
""",
        body="""
题目：你是区教育局工作人员，有家长反映学校统一采购的蜡笔被检出重金属超标，引发家长群议论。你会怎么处理？
参考答案：
首先，第一时间通知涉事学校停止使用该批次蜡笔，统一封存，并在家长群发布情况说明，回应关切。
其次，联系市场监管部门对蜡笔进行复检，同时调查采购环节是否存在把关不严的问题。
最后，根据复检结果依法追责，并完善学校文具采购的质量查验制度，举一反三。
""",
    ),
    dict(
        slug="baike-zhiku-entry-easel-contents",
        site="知库百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="entry",
        form="html",
        source="https://baike.zhiku.example.com/item/画架/20881",
        title="画架",
        record_title="画架_知库百科",
        date=None,
        notes="encyclopaedia entry: edit links, contents box, 'references', 'last edited' stamp (no date), a template-like 20××年 in no document",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>画架_知库百科</title></head><body>
<div class="hd">⟦m 知库百科⟧　⟦a 进入词条⟧　⟦a 全站搜索⟧　⟦a 帮助⟧</div>
<h1>⟦t 画架⟧</h1>
<div class="tools">⟦a 编辑⟧　⟦a 讨论⟧　⟦a 收藏⟧　⟦l 赞 64⟧</div>
<div class="catalog">⟦l 目录　1 结构　2 分类　3 选购　4 保养⟧</div>
{BODY}
<div class="ref">⟦l 参考资料：1. 美术器材基础知识. 美术教育出版社⟧</div>
<div class="stat">⟦m 浏览次数：38119次　编辑次数：12次　最近更新：画画的老宋　（2天前）⟧</div>
<div class="ft">⟦d 知库百科词条内容由网友共同编辑，如有错误欢迎纠正⟧</div>
</body></html>
""",
        body="""
画架是绘画时用来支撑画板或画布的架子，多用木材或金属制成，是美术学习和写生的常用器材。
结构：画架一般由三条或四条支腿、托板和上端的夹紧装置组成，托板高度可以上下调节。
分类：按用途可分为室内画架和写生画架；按材质可分为松木画架、榉木画架和铝合金画架。
选购：初学者宜选用高度可调、稳定性好的四脚画架；经常外出写生的，可选择便于折叠携带的三脚画架。
保养：木制画架应避免长时间日晒雨淋，调节螺丝要定期检查，防止松动。
""",
    ),
    dict(
        slug="baike-wenda-answer-anvil-text",
        site="问答百科 (invented)",
        style="百科问答",
        genre="问答",
        kind="answer",
        form="text",
        source="http://www.wendabaike.example.cn/q/anvil-708192.html",
        title="铁砧为什么要固定在木墩上？",
        record_title=None,
        date=None,
        notes="encyclopedia-style Q&A: the question only on the page, a best-answer badge, 'helpful' votes, other answers list; no date",
        page="""
!m 问答百科 > 生活 > 手工技艺
{T}
!m 最佳答案　｜　铁匠铺第三代　｜　采纳率 92%
{BODY}
!l 有用(119)　没用(3)
!l 其他 4 条回答 >
!d 声明：回答内容为网友个人观点，不代表本站立场。
""",
        body="""
铁砧固定在木墩上主要有三个原因。
一是减振。锻打时锤子落在铁砧上，冲击力很大，木墩能吸收一部分振动，锻打时手不容易震麻，声音也小一些。
二是稳固。铁砧很重，但锻打时还是会跳动，用铁钉或铁箍把铁砧固定在木墩上，就不会移位。
三是调高度。木墩可以按铁匠的身高锯成合适的高度，一般铁砧面与手腕齐平最省力。
""",
    ),
    dict(
        slug="netdisk-yunbo-summary-rockingchair-share",
        site="云舶网盘 (invented)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://pan.yunbo.example.com/s/1rKc8Hq2",
        title="藤编摇椅合作社2025年度工作总结",
        record_title="藤编摇椅合作社2025年度工作总结.docx",
        date="2025-12-22",
        notes="cloud-drive preview: file-name title, share expiry and extraction code lines, save-to-drive buttons, preview-limit prompt; 成文日期 under the signature",
        page="""
!m 云舶网盘 · 文件分享
!t 藤编摇椅合作社2025年度工作总结.docx
!m 分享者：江湾合作社会计　｜　有效期：7天　｜　提取码：k7t2
!a 保存到我的网盘　　下载（23.6KB）　　举报
{BODY}
!a 在线预览仅显示前5页，完整内容请下载后查看
!d 请勿分享违法违规内容，发现请举报
""",
        body="""
2025年，江湾藤编摇椅专业合作社在镇党委政府的支持下，坚持“订单生产、统一品牌”，全年生产藤编摇椅四千二百把，实现销售收入二百一十万元。
一、带动就业。合作社吸纳周边留守妇女和老人七十六人在家编织，人均年增收一万一千元。
二、质量提升。统一采购藤条，统一制定编织工艺标准，产品返修率由百分之五降到百分之二。
三、存在问题。网络销售渠道单一，年轻编织工后继乏人。
四、明年计划。开设直播间，与县职业中学合作开设藤编兴趣课程。
江湾藤编摇椅专业合作社
2025年12月22日
""",
    ),
    dict(
        slug="netdisk-heyun-notice-stapler-html",
        site="禾云盘 (invented)",
        style="网盘分享",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.heyunpan.example.net/share/preview/7d2c1",
        title="关于开展办公用订书机等小型办公用品集中采购的通知",
        record_title=None,
        date="2025-02-26",
        notes="cloud-drive HTML preview: the title only as the file heading (no record title), share info row, extraction code, save and download buttons; 附件 list kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>禾云盘 - 文件分享</title></head><body>
<div class="hd">⟦m 禾云盘⟧　⟦a 登录⟧　⟦a 免费注册领取2T空间⟧</div>
<div class="file"><h2>⟦t 关于开展办公用订书机等小型办公用品集中采购的通知⟧</h2>
<p>⟦m 文件大小 18.2KB　｜　分享于 1 个月前　｜　浏览 206 次⟧</p>
<p>⟦a 保存到网盘⟧　⟦a 普通下载⟧　⟦a 极速下载（会员）⟧</p></div>
<div class="preview">
{BODY}
</div>
<div class="ft">⟦d 禾云盘仅提供存储服务，分享内容由用户上传⟧</div>
</body></html>
""",
        body="""
机关各科室、局属各单位：
为规范小型办公用品采购，降低行政运行成本，经研究，决定对订书机、订书钉、回形针、文件夹等小型办公用品实行季度集中采购。
一、各单位于每季度第一个月10日前，将采购需求报局办公室。
二、局办公室汇总后通过政府采购电子卖场统一采购，按需求分发。
三、各单位不得再自行零星采购上述办公用品。
附件：小型办公用品采购需求表
湾口县财政局办公室
2025年2月26日
""",
    ),
    dict(
        slug="snapshot-kuaisou-notice-paperclip-frame",
        site="快搜快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.kuaisou.example.com/c?u=http://www.tongyuan.example.gov.cn/tzgg/2025/0919/22.html",
        title="关于回形针等金属文具质量监督抽查结果的通告",
        record_title="关于回形针等金属文具质量监督抽查结果的通告 - 快照",
        date="2025-09-19",
        notes="search-cache frame: cache banner with the crawl time (no date), highlight notice, the original portal's nav and footer inside; result table kept",
        page="""
<html><head><meta charset="utf-8"><title>关于回形针等金属文具质量监督抽查结果的通告 - 快照</title></head><body>
<div class="cache-banner">⟦m 这是 http://www.tongyuan.example.gov.cn/tzgg/2025/0919/22.html 的快照，抓取时间 2025-10-03 04:12⟧<br>⟦d 快照仅供参考，原网页可能已更改，请点击查看原网页⟧<br>⟦m 以下关键词已高亮：回形针 抽查⟧</div>
<div class="orig">
<div>⟦m 桐源市市场监督管理局⟧　⟦l 首页　信息公开　通知公告⟧</div>
<h1>⟦t 关于回形针等金属文具质量监督抽查结果的通告⟧</h1>
<div>⟦m 发布时间：2025-09-19⟧</div>
{BODY}
<div>⟦m 桐源市市场监督管理局　版权所有⟧</div>
</div>
</body></html>
""",
        body="""
近期，我局组织对全市生产、销售的回形针、长尾夹、图钉等金属文具产品开展了质量监督抽查，现将结果通告如下。
本次共抽查产品四十批次，合格三十六批次，不合格四批次，不合格项目主要为镀层耐腐蚀性和尖端锐利度。
产品名称　不合格批次　不合格项目
回形针　2　镀层耐腐蚀性
图钉　2　尖端锐利度
对抽查不合格的企业，我局已依法责令其整改，并将组织复查。
桐源市市场监督管理局
2025年9月19日
""",
    ),
    dict(
        slug="snapshot-soujian-text-ladle-wrapped",
        site="搜见网页快照 (invented)",
        style="搜索快照",
        genre="倡议书",
        kind="letter",
        form="text",
        source="http://snapshot.soujian.example.net/?key=ladle&url=http://www.shuiyin-canyin.example.org/news/811.html",
        title="关于公筷公勺进餐馆的倡议书",
        record_title="关于公筷公勺进餐馆的倡议书_水寅县餐饮行业协会 - 网页快照",
        date="2025-12-01",
        notes="text-only cache: header with the crawl time, the original's site line and footer; text hard-wrapped at 58 columns; 成文日期 in Chinese numerals",
        indent="　　",
        wrap=58,
        page="""
!m 搜见快照　您查看的是网页的文字快照，抓取于 2026-01-08
!d 搜见与网页作者无关，不对其内容负责
!m 水寅县餐饮行业协会　›　协会动态
{T}
{BODY}
!m 水寅县餐饮行业协会　地址：水寅县府前路36号
""",
        body="""
全县餐饮经营单位和广大消费者：
分餐制和使用公筷公勺，是文明健康的用餐方式，能有效减少疾病交叉传播。为此，县餐饮行业协会向全县餐饮经营单位和消费者发出倡议。
一、餐饮经营单位要为每桌配备公筷公勺，公勺与个人用勺在颜色或长短上明显区分，服务员上菜时主动摆放。
二、消费者聚餐时自觉使用公筷公勺夹菜盛汤，带头做文明用餐的践行者。
三、协会将开展“公筷公勺示范店”评选，对表现突出的餐馆予以表扬。
水寅县餐饮行业协会
二〇二五年十二月一日
""",
    ),
    dict(
        slug="print-taiping-rules-doormat-print-footer",
        site="太平街道办事处 (print view, invented)",
        style="打印页",
        genre="制度",
        kind="rules",
        form="text",
        source="http://www.taiping-jd.example.gov.cn/print.jsp?id=6021",
        title="太平街道机关办公楼门厅及防滑地垫管理规定",
        record_title="打印预览 - 太平街道机关办公楼门厅及防滑地垫管理规定",
        date="2025-11-17",
        notes="print view: print/close buttons at the top, URL and print time at the bottom (no date), print footer ⌘ 第1页/共1页 ⌘; a 印发 line and 抄送 line kept",
        page="""
!a [打印本页]　[关闭窗口]
!t 打印预览 - 太平街道机关办公楼门厅及防滑地垫管理规定
{BODY}
!m 本页地址：http://www.taiping-jd.example.gov.cn/print.jsp?id=6021
!m 打印时间：2026-01-05 10:31
!p ⌘ 第1页/共1页 ⌘
""",
        body="""
一、机关办公楼门厅防滑地垫由办公室负责统一采购、铺设和更换。
二、雨雪天气时，门卫应在上班前半小时铺设吸水防滑地垫，并在门口放置“小心地滑”提示牌。
三、地垫出现卷边、破损或吸水饱和时应立即更换，更换下来的地垫当天清洗晾干。
四、本规定自印发之日起施行。
抄送：街道党工委委员。
太平街道办事处办公室　2025年11月17日印发
""",
    ),
    dict(
        slug="print-fangcun-minutes-windup-html-printview",
        site="方村区文化馆 (print view, invented)",
        style="打印页",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="https://www.fangcun-whg.example.cn/print/article/3380",
        title="发条玩具主题展筹备工作会议纪要",
        record_title="发条玩具主题展筹备工作会议纪要〔打印稿〕",
        date="2025-07-03",
        notes="HTML print view with window.print(), a print-only header with the site's URL, minutes' 时间/地点/主持/出席/记录 lines kept, a print footer 页 1 ∕ 1",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>发条玩具主题展筹备工作会议纪要〔打印稿〕</title>
<script>window.onload=function(){window.print();}</script><style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint">⟦a 打印⟧　⟦a 返回正文⟧</div>
<div class="printhead">⟦m 方村区文化馆　www.fangcun-whg.example.cn⟧</div>
<h2>⟦t 发条玩具主题展筹备工作会议纪要⟧</h2>
{BODY}
<div class="printfoot">⟦p 页 1 ∕ 1⟧</div>
</body></html>
""",
        body="""
时间：2025年7月3日上午9时
地点：区文化馆三楼会议室
主持：副馆长苗若溪
出席：展览部、社教部、安保科负责人，收藏家代表童永年
记录：白露
会议研究了“叮当作响——发条玩具里的童年”主题展筹备工作，议定如下事项：
一、展览定于8月1日开幕，展期两个月，展出铁皮发条玩具三百二十件。
二、设置互动体验区，观众可在讲解员指导下亲手上发条，体验区玩具均为复制品。
三、安保科负责制定展品安全方案，展厅实行限流。
""",
    ),
    dict(
        slug="mail-fwd-notice-lampshade-wrapped",
        site="星湖邮箱 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="https://mail.xinghu.example.com/readmail?mid=ZL0812-0077",
        title="关于灯罩生产企业开展防火阻燃专项检查的通知",
        record_title="Fw: 关于灯罩生产企业开展防火阻燃专项检查的通知",
        date="2025-08-12",
        date_also=["2025-08-13"],
        notes="forwarded mail: 发件人/收件人/时间 headers of the forward (chrome), the mail client's quote line, the notice's own 附件 list below the mail's attachment bar; hard-wrapped at 64 columns; mail send date differs (both accepted)",
        wrap=64,
        page="""
!m 发件人：林菁<linjing@xinghu.example.com>
!m 收件人：生产部全体<scb@xinghu.example.com>
!m 时间：2025年8月13日(星期三) 上午9:12
!t 主题：Fw: 关于灯罩生产企业开展防火阻燃专项检查的通知
各位，转发一下县里的通知，请对照自查。
!m ------------------ 原始邮件 ------------------
{BODY}
!a 附件（1个）：自查表.xlsx　预览　下载　收藏
!d 此邮件由星湖邮箱发送，来自安全的企业邮箱
""",
        body="""
各灯饰生产企业：
为防范灯饰生产企业火灾事故，县应急管理局、县市场监管局决定联合开展灯罩生产企业防火阻燃专项检查，现将有关事项通知如下。
一、检查内容：灯罩用布料、纸料、塑料的阻燃性能检测报告；生产车间和仓库消防设施配置情况；电气线路敷设情况。
二、时间安排：8月20日前企业自查，8月21日至9月10日部门抽查。
三、企业自查结果请于8月20日前报送县应急管理局，联系人：潘志远，电话：0760-22310458。
附件：灯罩生产企业防火阻燃自查表
县应急管理局　县市场监督管理局
2025年8月12日
""",
    ),
    dict(
        slug="mail-reply-letter-tambourine-html-webmail",
        site="鸣泉企业邮箱 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://exmail.mingquan.example.cn/cgi-bin/readmail?t=reply&mid=11082",
        title="关于借用少儿手鼓队演出用铃鼓的函",
        record_title="回复：关于借用少儿手鼓队演出用铃鼓的函.docx",
        date="2025-05-06",
        notes="webmail reply chain: folder list, reply/forward buttons, the reply line above the quoted letter, a file-name title from the attachment; the letter's own 联系人 kept; page markers ⦙n⦙ as paragraphs",
        pages=dict(fmt="⦙{n}⦙", every=120, start=2),
        page="""
<html><head><meta charset="utf-8"><title>回复：关于借用少儿手鼓队演出用铃鼓的函.docx - 鸣泉企业邮箱</title></head><body>
<div class="folders">⟦l 收件箱(12)　星标邮件　已发送　草稿箱　垃圾箱⟧</div>
<div class="toolbar">⟦a 回复⟧　⟦a 回复全部⟧　⟦a 转发⟧　⟦a 删除⟧</div>
<div class="head">⟦m 发件人：少年宫办公室　时间：2025-05-08 15:20⟧</div>
<p>同意借用，请于演出前一天来取。——少年宫办公室</p>
<div class="quote">⟦m ----- 原邮件 -----⟧<br>⟦t 关于借用少儿手鼓队演出用铃鼓的函⟧
{BODY}
</div>
<div class="att">⟦a 附件：关于借用少儿手鼓队演出用铃鼓的函.docx（15K）　预览　下载⟧</div>
</body></html>
""",
        body="""
县青少年宫：
我校少儿手鼓队将于5月31日参加全市少儿艺术展演，演出节目需要铃鼓十二面，学校现有铃鼓数量不足且部分已损坏。
经与贵宫艺术部沟通，拟向贵宫借用铃鼓十二面，借用时间为5月30日至6月1日，演出结束后及时归还，如有损坏照价赔偿。
妥否，请函复。
联系人：钟晓燕，电话：0762-3387016。
鸣泉县实验小学
2025年5月6日
""",
    ),
]
